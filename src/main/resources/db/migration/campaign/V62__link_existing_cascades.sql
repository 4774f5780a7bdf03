-- Cascades launched before their obligations refined the parent's: each cascade obligation is linked to the parent
-- campaign's obligation of the same organization for the line it tightens (where two rounds tightened the same
-- line, the earlier obligation is linked), then every line of a chain gets the act already recorded on any of its
-- lines, the earliest if several were. Running it again changes nothing.
UPDATE obligation k
SET refines_obligation_id = x.parent_id
FROM (
    SELECT DISTINCT ON (p.id) p.id AS parent_id, c.id AS child_id
    FROM obligation c
    JOIN campaign_requirement r ON r.id = c.requirement_id
    JOIN obligation p ON p.requirement_id = r.parent_requirement_id AND p.organization_id = c.organization_id
    WHERE c.refines_obligation_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM obligation q WHERE q.refines_obligation_id = p.id)
    ORDER BY p.id, c.id
) x
WHERE k.id = x.child_id;

WITH RECURSIVE chain AS (
    SELECT ob.id, ob.id AS root FROM obligation ob
    WHERE ob.refines_obligation_id IS NULL
      AND EXISTS (SELECT 1 FROM obligation k WHERE k.refines_obligation_id = ob.id)
    UNION ALL
    SELECT k.id, chain.root FROM obligation k JOIN chain ON k.refines_obligation_id = chain.id
), act AS (
    SELECT DISTINCT ON (chain.root) chain.root, ob.fulfilled_on, ob.evidence_document_id, ob.note,
           ob.attachment_key, ob.attachment_name, ob.fulfilled_by
    FROM chain JOIN obligation ob ON ob.id = chain.id
    WHERE ob.fulfilled_on IS NOT NULL
    ORDER BY chain.root, ob.fulfilled_on, ob.id
)
UPDATE obligation ob
SET fulfilled_on = act.fulfilled_on, evidence_document_id = act.evidence_document_id, note = act.note,
    attachment_key = act.attachment_key, attachment_name = act.attachment_name, fulfilled_by = act.fulfilled_by,
    version = ob.version + 1
FROM chain JOIN act ON act.root = chain.root
WHERE ob.id = chain.id AND ob.fulfilled_on IS NULL;

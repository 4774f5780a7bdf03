-- A cascade's obligation refines the parent campaign's obligation of the same organization for the line it
-- tightens: one act fulfils both (same date, evidence and note). A line is refined at most once, so the lines an
-- organization owes for one act form a single chain, seen as one task with the chain's last, tightest deadline.
ALTER TABLE obligation ADD COLUMN refines_obligation_id bigint;
ALTER TABLE obligation ADD CONSTRAINT obligation_id_organization UNIQUE (id, organization_id);
ALTER TABLE obligation ADD CONSTRAINT obligation_refines_same_organization
    FOREIGN KEY (refines_obligation_id, organization_id) REFERENCES obligation (id, organization_id);
ALTER TABLE obligation ADD CONSTRAINT obligation_refined_once UNIQUE (refines_obligation_id);

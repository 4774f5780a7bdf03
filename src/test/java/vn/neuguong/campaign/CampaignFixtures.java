package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.directive.DocumentIssued;
import vn.neuguong.organization.Scope;

/** Documents and campaigns for tests, made with SQL and the campaign module's own code. */
class CampaignFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(5000 + (int) (System.nanoTime() % 1000));

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final CampaignDrafts drafts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    CampaignFixtures(
            JdbcClient jdbc,
            Campaigns campaigns,
            CampaignDrafts drafts,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.drafts = drafts;
        this.transaction = transaction;
        this.events = events;
    }

    long organization(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = :n AND closed_on IS NULL")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    long cell(String ward, int number) {
        return jdbc.sql("SELECT c.id FROM organization c JOIN organization w ON w.id = c.parent_id "
                        + "WHERE w.name = :w AND c.name = :c")
                .param("w", ward)
                .param("c", "Chi bộ Tổ dân phố số " + number)
                .query(Long.class)
                .single();
    }

    /** Inserts a document of the issuer, without publishing anything. */
    long document(long issuerId, String code, LocalDate issuedOn, List<Long> basis) {
        int sequence = SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                        INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, number_text, issued_on, summary)
                        VALUES ('KH', :seq, :year, :issuer, :code, :number, :on, 'Kế hoạch thử nghiệm') RETURNING id
                        """)
                .param("seq", sequence)
                .param("year", issuedOn.getYear())
                .param("issuer", issuerId)
                .param("code", code)
                .param("number", sequence + "-KH/" + code)
                .param("on", issuedOn)
                .query(Long.class)
                .single();
        for (Long basisId : basis) {
            jdbc.sql("INSERT INTO document_basis (document_id, basis_id) VALUES (:d, :b)")
                    .param("d", id)
                    .param("b", basisId)
                    .update();
        }
        return id;
    }

    /** Inserts a document and publishes DocumentIssued in the same transaction, as the documents module does. */
    long issue(long issuerId, String code, LocalDate issuedOn, List<Long> basis) {
        return issue(issuerId, code, "KH", issuedOn, basis);
    }

    /** A document of the type issued, announced as the registry announces it. */
    long issue(long issuerId, String code, String typeCode, LocalDate issuedOn, List<Long> basis) {
        return transaction.execute(status -> {
            long id = document(issuerId, code, issuedOn, basis);
            events.publishEvent(new DocumentIssued(
                    id,
                    id + "-" + typeCode + "/" + code,
                    typeCode,
                    issuerId,
                    issuedOn,
                    "Văn bản thử nghiệm",
                    basis,
                    List.of()));
            return id;
        });
    }

    /** A draft running from 1/12/2024 to the end of 2025, or to its last due date if that is later. */
    Campaign draft(long ownerId, long targetId, long documentId, List<RequirementForm> requirements) {
        var endsOn = requirements.stream()
                .map(RequirementForm::dueOn)
                .filter(java.util.Objects::nonNull)
                .reduce(LocalDate.of(2025, 12, 31), (a, b) -> a.isAfter(b) ? a : b);
        return drafts.create(
                new CampaignForm(
                        "Chuyên đề thử nghiệm " + SEQUENCE.incrementAndGet(),
                        null,
                        documentId,
                        ownerId,
                        List.of(targetId),
                        LocalDate.of(2024, 12, 1),
                        endsOn,
                        requirements),
                Scope.everything());
    }

    Campaign launched(long ownerId, long targetId, long documentId, List<RequirementForm> requirements) {
        var campaign = draft(ownerId, targetId, documentId, requirements);
        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), LocalDate.of(2024, 12, 2));
        openThrough(campaign.id(), campaign.endsOn());
        return campaigns.get(campaign.id(), Scope.everything());
    }

    /** Opens the campaign's periods started by {@code day}, as the scheduled job does on each period's first day. */
    int openThrough(long campaignId, LocalDate day) {
        return transaction.execute(status -> new CampaignRecords(jdbc, events).createObligations(campaignId, day));
    }

    static RequirementForm line(ObligationKind kind, AppliesTo appliesTo, LocalDate dueOn) {
        return new RequirementForm(kind, appliesTo, dueOn, null, null);
    }

    long obligation(long campaignId, long organizationId, ObligationKind kind) {
        return jdbc.sql("SELECT id FROM obligation WHERE campaign_id = :c AND organization_id = :o AND kind = :k "
                        + "ORDER BY due_on LIMIT 1")
                .param("c", campaignId)
                .param("o", organizationId)
                .param("k", kind.name())
                .query(Long.class)
                .single();
    }

    /** The version an obligation has now, as a list would show it before a change. */
    int version(long obligationId) {
        return jdbc.sql("SELECT version FROM obligation WHERE id = :id")
                .param("id", obligationId)
                .query(Integer.class)
                .single();
    }

    /** The If-Match header naming the version a campaign has now ({@code table} campaign or obligation). */
    String ifMatch(String table, long id) {
        return "\""
                + jdbc.sql("SELECT version FROM " + table + " WHERE id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single()
                + "\"";
    }
}

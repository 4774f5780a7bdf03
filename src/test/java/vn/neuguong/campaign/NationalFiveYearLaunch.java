package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.AuditLog;

/**
 * The case of issue 21 in {@link ComplianceBench}: a five-year campaign with a monthly line for every cell and a
 * quarterly line for every committee (one for the committees above the grassroots, one for the grassroots
 * committees) over the national tree, launched the way the application launches one ({@link CampaignDrafts#launch}
 * in a transaction, its one {@code INSERT ... SELECT} of the periods opened by the launch day), the job opening a later
 * period for the whole tree ({@link PeriodOpenings#openThrough}), then its board at the root, whole and for one period.
 */
final class NationalFiveYearLaunch {

    static final LocalDate STARTS_ON = LocalDate.of(2021, 1, 1);
    static final LocalDate ENDS_ON = LocalDate.of(2025, 12, 31);
    static final LocalDate AS_OF = LocalDate.of(2023, 6, 15);
    /** The period the board shows: April 2023 of the monthly line, the second quarter of 2023 of the others. */
    static final LocalDate PERIOD = LocalDate.of(2023, 4, 1);
    /** Runs of each timing over the five-year campaign, after one warm-up. */
    static final int RUNS = 3;

    /** The audit row of a launch is one small row; the bench does not need the audit module behind it. */
    private static final AuditLog NO_AUDIT = new AuditLog() {
        @Override
        public void record(
                Action action, String entityType, Object entityId, Long organizationId, Object before, Object after) {}

        @Override
        public void recordAll(String entityType, List<Audited> changes) {}

        @Override
        public int recordAllOf(String entityType, String changes, Object... parameters) {
            return 0;
        }
    };

    private final JdbcClient jdbc;
    private final CampaignRecords records;
    private final Campaigns campaigns;
    private final CampaignDrafts drafts;
    private final TransactionTemplate transaction;
    private final PeriodOpenings openings;

    NationalFiveYearLaunch(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        var organizations = new CampaignOrganizations(jdbc);
        this.records = new CampaignRecords(jdbc, event -> {});
        this.campaigns = new Campaigns(jdbc, null, organizations);
        this.drafts = new CampaignDrafts(jdbc, NO_AUDIT, campaigns, records, organizations, null);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.openings = new PeriodOpenings(jdbc, records, transaction, null);
    }

    /** The five-year draft of the root, aimed at the whole tree, written by the rows the application writes. */
    long draft(long directingDocumentId) {
        return transaction.execute(status -> {
            long id = records.insert(
                    "Chuyên đề toàn khóa 2021–2025 (bench)",
                    null,
                    directingDocumentId,
                    1,
                    null,
                    STARTS_ON,
                    ENDS_ON,
                    null,
                    null);
            records.addTarget(id, 1);
            records.addRequirements(
                    id,
                    List.of(
                            line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, Recurrence.MONTHLY),
                            line(ObligationKind.PERIODIC_REPORT, AppliesTo.COMMITTEE, Recurrence.QUARTERLY),
                            line(ObligationKind.PERIODIC_REPORT, AppliesTo.GRASSROOTS_COMMITTEE, Recurrence.QUARTERLY)),
                    false);
            return id;
        });
    }

    /** Launches a draft as the campaign page's button does: at the version read, in one transaction. */
    int launch(long campaignId, LocalDate today) {
        int version = campaigns.get(campaignId, Scope.everything()).version();
        return transaction.execute(status -> drafts.launch(campaignId, version, Scope.everything(), today));
    }

    /** Runs the job that opens each period on its first day, as on {@code day}: the obligations it created. */
    int open(LocalDate day) {
        return openings.openThrough(day);
    }

    private static RequirementForm line(ObligationKind kind, AppliesTo appliesTo, Recurrence recurrence) {
        return new RequirementForm(
                kind, appliesTo, ENDS_ON, null, null, recurrence, null, null, null, null, null, null, null);
    }
}

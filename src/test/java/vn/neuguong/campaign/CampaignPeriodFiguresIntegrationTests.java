package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.neuguong.campaign.CampaignFixtures.line;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.organization.Scope;

/**
 * The obligations a ward and its district count for April 2025, from a campaign of the district: every cell meets by
 * 15/4 (the ward tightens it to 10/4 in its cascade, which must not count twice), every ward adopts a programme by
 * 31/5 (outside the period, though Văn Miếu's was done in April). In Văn Miếu cell 1 met on time, cell 2 late in
 * April, cell 3 only in May, cell 4 not at all; in Quốc Tử Giám cell 1 met on time. Each figure is the difference the
 * campaign makes, and the district's agree with the compliance board's line.
 */
@IntegrationTest
class CampaignPeriodFiguresIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    static final LocalDate TO = LocalDate.of(2025, 4, 30);
    static final String VAN_MIEU = "Đảng ủy phường Văn Miếu";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignDrafts drafts;

    @Autowired
    Cascades cascades;

    @Autowired
    Fulfilments fulfilments;

    @Autowired
    ComplianceBoard board;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MessageSource messages;

    @Autowired
    CampaignPeriodFigures figures;

    CampaignFixtures fixtures;
    long dongDa;
    long vanMieu;

    @BeforeEach
    void setUp() {
        fixtures = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events);
        dongDa = fixtures.organization("Quận ủy Đống Đa");
        vanMieu = fixtures.organization(VAN_MIEU);
    }

    @Test
    void countsTheObligationsDueInThePeriodByWhereTheyStoodOnItsLastDay() {
        var ward = figures.count(vanMieu, FROM, TO);
        var district = figures.count(dongDa, FROM, TO);

        long directive = fixtures.document(dongDa, "QU", LocalDate.of(2024, 12, 1), List.of());
        var campaign = fixtures.launched(
                dongDa,
                dongDa,
                directive,
                List.of(
                        line(ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 4, 15)),
                        line(
                                ObligationKind.ACTION_PROGRAMME,
                                AppliesTo.GRASSROOTS_COMMITTEE,
                                LocalDate.of(2025, 5, 31))));
        var meetings = campaigns.requirements(campaign.id()).stream()
                .filter(r -> r.kind() == ObligationKind.CELL_MEETINGS)
                .findFirst()
                .orElseThrow();
        long wardPlan = fixtures.document(vanMieu, "ĐU", LocalDate.of(2024, 12, 10), List.of(directive));
        cascades.cascade(
                campaign.id(),
                new CascadeForm(
                        vanMieu,
                        wardPlan,
                        List.of(new RequirementForm(
                                ObligationKind.CELL_MEETINGS,
                                AppliesTo.CELL,
                                LocalDate.of(2025, 4, 10),
                                null,
                                meetings.id()))),
                Scope.everything(),
                LocalDate.of(2024, 12, 11));
        done(campaign, fixtures.cell(VAN_MIEU, 1), ObligationKind.CELL_MEETINGS, LocalDate.of(2025, 4, 10));
        done(campaign, fixtures.cell(VAN_MIEU, 2), ObligationKind.CELL_MEETINGS, LocalDate.of(2025, 4, 20));
        done(campaign, fixtures.cell(VAN_MIEU, 3), ObligationKind.CELL_MEETINGS, LocalDate.of(2025, 5, 5));
        done(campaign, vanMieu, ObligationKind.ACTION_PROGRAMME, LocalDate.of(2025, 4, 12));
        done(
                campaign,
                fixtures.cell("Đảng ủy phường Quốc Tử Giám", 1),
                ObligationKind.CELL_MEETINGS,
                LocalDate.of(2025, 4, 12));

        assertThat(difference(ward, figures.count(vanMieu, FROM, TO))).containsExactly(4, 1, 1, 2);
        var line = board.compute(campaign, campaigns.requirements(campaign.id()), dongDa, TO, false, Scope.everything())
                .subtree()
                .of(meetings.id());
        assertThat(line.total()).isGreaterThan(4);
        assertThat(difference(district, figures.count(dongDa, FROM, TO)))
                .containsExactly(line.total(), 2, 1, line.total() - 3);
        assertThat(List.of(line.onTime(), line.late(), line.overdue())).containsExactly(2L, 1L, line.total() - 3);
    }

    @Test
    void answersEveryKeyInOrderWithALabelInBothLanguages() {
        var counted = figures.count(vanMieu, LocalDate.of(1900, 1, 1), LocalDate.of(1900, 12, 31));
        assertThat(counted.keySet()).containsExactlyElementsOf(figures.keys());
        assertThat(counted.values()).containsOnly(0L);
        for (String key : figures.keys()) {
            assertThat(key).startsWith("campaign.");
            assertThat(messages.getMessage("figure." + key, null, Locale.forLanguageTag("vi")))
                    .isNotEqualTo(messages.getMessage("figure." + key, null, Locale.ENGLISH));
        }
    }

    private void done(Campaign campaign, long organizationId, ObligationKind kind, LocalDate on) {
        long obligation = fixtures.obligation(campaign.id(), organizationId, kind);
        fulfilments.markDone(
                obligation,
                fixtures.version(obligation),
                on,
                "Đã thực hiện",
                null,
                Scope.everything(),
                LocalDate.now());
    }

    private static long[] difference(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream()
                .mapToLong(key -> after.get(key) - before.get(key))
                .toArray();
    }
}

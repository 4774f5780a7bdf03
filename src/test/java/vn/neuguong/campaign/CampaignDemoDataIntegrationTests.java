package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Scope;

@IntegrationTest
class CampaignDemoDataIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignDemoData demoData;

    @Autowired
    Campaigns campaigns;

    @Autowired
    ComplianceBoard board;

    @Test
    void theme2023ShowsWardsOnTimeLateAndOverdueAndLoadingAgainChangesNothing() {
        long id = jdbc.sql("SELECT id FROM campaign WHERE title = :t")
                .param("t", CampaignDemoData.THEME_2023_TITLE)
                .query(Long.class)
                .single();
        var campaign = campaigns.get(id, Scope.everything());
        var requirements = campaigns.requirements(id);
        // five lines the wards owe, then two the Front and the mass organizations owe (article 000)
        assertThat(requirements).hasSize(7);
        assertThat(requirements.subList(5, 7))
                .extracting(Requirement::appliesTo)
                .containsOnly(AppliesTo.FRONT_AND_MASS);
        assertThat(requirements.get(0).kind()).isEqualTo(ObligationKind.HOLD_CONFERENCE);
        assertThat(requirements.get(0).dueOn()).isEqualTo(LocalDate.of(2023, 5, 30));

        var result = board.compute(campaign, requirements, null, LocalDate.of(2024, 1, 31), false, Scope.everything());
        // the 21 wards, and the Front and four mass organizations of the district (the wards' units roll up into
        // phường Kim Liên)
        assertThat(result.children()).hasSize(21 + 5);
        var conference = requirements.get(0).id();
        var statuses = result.children().stream()
                .map(row -> row.of(conference).single())
                .distinct()
                .toList();
        assertThat(statuses)
                .contains(ObligationStatus.DONE_ON_TIME, ObligationStatus.DONE_LATE, ObligationStatus.OVERDUE);
        assertThat(result.subtree().total().total()).isEqualTo(21 * 5 + (5 + 4) * 2);

        long campaignsBefore =
                jdbc.sql("SELECT count(*) FROM campaign").query(Long.class).single();
        long doneBefore = jdbc.sql("SELECT count(*) FROM obligation WHERE fulfilled_on IS NOT NULL")
                .query(Long.class)
                .single();
        demoData.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("SELECT count(*) FROM campaign").query(Long.class).single())
                .isEqualTo(campaignsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM obligation WHERE fulfilled_on IS NOT NULL")
                        .query(Long.class)
                        .single())
                .isEqualTo(doneBefore);
    }

    @Test
    void newEraRoundIsReplayedOnceWhen347KhQuExists() {
        jdbc.sql("""
                        INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, number_text, issued_on, summary)
                        SELECT 'KH', 347, 2024, o.id, 'QU', '347-KH/QU', DATE '2024-12-11',
                               'Kế hoạch triển khai và tuyên truyền đợt sinh hoạt chính trị về kỷ nguyên mới'
                        FROM organization o WHERE o.name = 'Quận ủy Đống Đa'
                          AND NOT EXISTS (SELECT 1 FROM document WHERE number_text = '347-KH/QU')
                        """).update();
        demoData.run(new DefaultApplicationArguments());
        long id = jdbc.sql("SELECT id FROM campaign WHERE title = :t")
                .param("t", CampaignDemoData.NEW_ERA_TITLE)
                .query(Long.class)
                .single();
        var requirements = campaigns.requirements(id);
        assertThat(requirements)
                .extracting(Requirement::kind)
                .containsExactly(
                        ObligationKind.CELL_MEETINGS,
                        ObligationKind.CELL_MEETINGS,
                        ObligationKind.CELL_MEETINGS,
                        ObligationKind.MEMBER_SUBMISSIONS,
                        ObligationKind.ACTION_PROGRAMME);
        assertThat(requirements.get(0).dueOn()).isEqualTo(LocalDate.of(2024, 12, 16));
        var result = board.compute(
                campaigns.get(id, Scope.everything()),
                requirements,
                null,
                LocalDate.of(2025, 3, 31),
                false,
                Scope.everything());
        assertThat(result.subtree().total().total()).isEqualTo(84 * 4 + 21);
        assertThat(result.subtree().total().onTime()).isPositive();
        assertThat(result.subtree().total().late()).isPositive();
        assertThat(result.subtree().total().overdue()).isPositive();

        long obligationsBefore =
                jdbc.sql("SELECT count(*) FROM obligation").query(Long.class).single();
        demoData.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("SELECT count(*) FROM campaign WHERE title = :t")
                        .param("t", CampaignDemoData.NEW_ERA_TITLE)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM obligation").query(Long.class).single())
                .isEqualTo(obligationsBefore);
    }
}

package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Scope;

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
        assertThat(requirements).hasSize(5);
        assertThat(requirements.get(0).kind()).isEqualTo(ObligationKind.HOLD_CONFERENCE);
        assertThat(requirements.get(0).dueOn()).isEqualTo(LocalDate.of(2023, 5, 30));

        var result = board.compute(campaign, requirements, null, LocalDate.of(2024, 1, 31), false, Scope.everything());
        assertThat(result.children()).hasSize(21);
        var conference = requirements.get(0).id();
        var statuses = result.children().stream()
                .map(row -> row.of(conference).single())
                .distinct()
                .toList();
        assertThat(statuses)
                .contains(ObligationStatus.DONE_ON_TIME, ObligationStatus.DONE_LATE, ObligationStatus.OVERDUE);
        assertThat(result.subtree().total().total()).isEqualTo(21 * 5);

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
}

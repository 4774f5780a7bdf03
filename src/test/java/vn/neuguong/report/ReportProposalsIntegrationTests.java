package vn.neuguong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.report.ReportFixtures.DISTRICT;
import static vn.neuguong.report.ReportFixtures.REPORTS;
import static vn.neuguong.report.ReportFixtures.TEMPLATES;
import static vn.neuguong.report.ReportFixtures.WARD;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.neuguong.IntegrationTest;

/**
 * A report opens prefilled with what the system counted in the organization's subtree over the period (the
 * modules' period figures): a count and a ratio of two figures. The author may change a proposed figure only with a
 * reason, which stays beside the proposal; proposing again later keeps the corrected figure and updates the others.
 * A template naming a figure nobody counts is refused, naming the indicator's field.
 */
@IntegrationTest
class ReportProposalsIntegrationTests extends ReportTestSupport {

    @Autowired
    ReportFigures figures;

    @Test
    void theReportIsProposedTheSubtreesFiguresAndACorrectionKeepsItsReason() {
        fixtures.rolledBack(() -> {
            String json = """
                    {"title": "Tiến độ thực hiện nhiệm vụ", "organizationId": %d, "campaignId": %d, "period": "QUARTER",
                     "indicators": [
                       {"label": "Nhiệm vụ đến hạn", "kind": "COUNT", "source": "campaign.obligationsDue"},
                       {"label": "Nhiệm vụ đúng hạn / đến hạn", "kind": "RATIO",
                        "source": "campaign.obligationsOnTime", "denominatorSource": "campaign.obligationsDue"},
                       {"label": "Hội nghị học tập đã tổ chức", "kind": "COUNT", "source": "meeting.conferencesHeld"}]}
                    """.formatted(fixtures.district(), fixtures.theme2023());
            var created = fixtures.send(post(TEMPLATES), DISTRICT, null, json).andExpect(status().isCreated());
            long template = ReportFixtures.id(created);
            List<Number> indicators = ReportFixtures.read(created, "$.indicators[*].id");
            var counted = figures.count(
                    fixtures.vanMieu(),
                    LocalDate.of(2023, 4, 1),
                    LocalDate.of(2023, 6, 30),
                    Set.of("campaign.obligationsDue", "campaign.obligationsOnTime", "meeting.conferencesHeld"));
            long due = counted.get("campaign.obligationsDue");
            long onTime = counted.get("campaign.obligationsOnTime");
            assertThat(due)
                    .as("the ward owes something in the second quarter of 2023")
                    .isPositive();

            long report = fixtures.open(template, fixtures.vanMieu(), "2023-04-01", WARD);
            fixtures.send(get(REPORTS + "/" + report), WARD, null, null)
                    .andExpect(jsonPath("$.aggregates").value(false))
                    .andExpect(jsonPath("$.figures[0].proposed").value(due))
                    .andExpect(jsonPath("$.figures[0].value").value(due))
                    .andExpect(jsonPath("$.figures[1].proposed").value(onTime))
                    .andExpect(jsonPath("$.figures[1].proposedDenominator").value(due))
                    .andExpect(jsonPath("$.figures[2].proposed").value(counted.get("meeting.conferencesHeld")));

            String corrected = """
                    {"figures": [{"indicatorId": %d, "value": %d}]}
                    """.formatted(indicators.get(0).longValue(), due + 1);
            fixtures.send(put(REPORTS + "/" + report + "/figures"), WARD, 0, corrected)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("figures[0].reason"));
            String withReason = """
                    {"figures": [{"indicatorId": %d, "value": %d, "reason": "Thêm nhiệm vụ giao bằng văn bản giấy"}]}
                    """.formatted(indicators.get(0).longValue(), due + 1);
            fixtures.send(put(REPORTS + "/" + report + "/figures"), WARD, 0, withReason)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.figures[0].corrected").value(true))
                    .andExpect(jsonPath("$.figures[0].value").value(due + 1))
                    .andExpect(jsonPath("$.figures[0].proposed").value(due));

            // something changes in the period: the proposals follow, the corrected figure stays
            jdbc.sql("UPDATE report_value SET proposed = 0, proposed_denominator = 0, value = 0, denominator = 0"
                            + " WHERE report_id = :r AND indicator_id = :i")
                    .param("r", report)
                    .param("i", indicators.get(1).longValue())
                    .update();
            fixtures.send(post(REPORTS + "/" + report + "/proposals"), WARD, 1, null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.figures[0].value").value(due + 1))
                    .andExpect(jsonPath("$.figures[0].reason").value("Thêm nhiệm vụ giao bằng văn bản giấy"))
                    .andExpect(jsonPath("$.figures[1].value").value(onTime))
                    .andExpect(jsonPath("$.figures[1].denominator").value(due));

            String unknown = """
                    {"title": "Sai", "organizationId": %d, "period": "YEAR",
                     "indicators": [{"label": "Không ai đếm", "kind": "COUNT", "source": "nobody.counts"},
                                    {"label": "Tỷ lệ thiếu mẫu", "kind": "RATIO", "source": "campaign.obligationsDue"},
                                    {"label": "Kết quả", "kind": "TEXT", "source": "campaign.obligationsDue"}]}
                    """.formatted(fixtures.district());
            fixtures.send(post(TEMPLATES), DISTRICT, null, unknown)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("indicators[0].source"))
                    .andExpect(jsonPath("$.errors[1].field").value("indicators[1].denominatorSource"))
                    .andExpect(jsonPath("$.errors[2].field").value("indicators[2].source"));
            fixtures.send(post(TEMPLATES), WARD, null, unknown.replace("nobody.counts", "campaign.obligationsDue"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("organizationId"));
            assertThat(jdbc.sql("SELECT count(*) FROM report_template WHERE title = 'Sai'")
                            .query(Long.class)
                            .single())
                    .isZero();
        });
    }
}

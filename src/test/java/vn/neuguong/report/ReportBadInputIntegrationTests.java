package vn.neuguong.report;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.report.ReportFixtures.DISTRICT;
import static vn.neuguong.report.ReportFixtures.REPORTS;
import static vn.neuguong.report.ReportFixtures.WARD;

import org.junit.jupiter.api.Test;
import vn.neuguong.IntegrationTest;

/**
 * As an attacker would call the report API: malformed values answer 400 naming their field, never 500; a template, a
 * report or an organization of someone else answers 404; a change without the version read answers 428.
 */
@IntegrationTest
class ReportBadInputIntegrationTests extends ReportTestSupport {

    @Test
    void malformedValuesAreNamedAndForeignRecordsAreNotFound() {
        fixtures.rolledBack(() -> {
            long[] t = fixtures.quarterlyTemplate();
            fixtures.send(
                            get(REPORTS + "/aggregation?templateId=x&organizationId=1&periodStartsOn=2023-01-01"),
                            DISTRICT,
                            null,
                            null)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("templateId"));
            fixtures.send(
                            get(REPORTS
                                    + "/aggregation?templateId=%d&organizationId=%d&periodStartsOn=2023-13-01"
                                            .formatted(t[0], fixtures.district())),
                            DISTRICT,
                            null,
                            null)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("periodStartsOn"));
            fixtures.send(
                            post(REPORTS),
                            WARD,
                            null,
                            "{\"templateId\": %d, \"organizationId\": %d, \"periodStartsOn\": \"2023-13-01\"}"
                                    .formatted(t[0], fixtures.vanMieu()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("periodStartsOn"));
            fixtures.send(
                            post(REPORTS),
                            WARD,
                            null,
                            "{\"templateId\": 999999, \"organizationId\": %d, \"periodStartsOn\": \"2023-01-01\"}"
                                    .formatted(fixtures.vanMieu()))
                    .andExpect(status().isNotFound());
            fixtures.send(get(REPORTS + "/999999"), WARD, null, null).andExpect(status().isNotFound());
            fixtures.send(get(REPORTS + "/999999/revisions"), WARD, null, null).andExpect(status().isNotFound());
            fixtures.send(
                            get(REPORTS
                                    + "/aggregation?templateId=%d&organizationId=%d&periodStartsOn=2023-01-01"
                                            .formatted(t[0], fixtures.organization("Quận ủy Long Biên"))),
                            DISTRICT,
                            null,
                            null)
                    .andExpect(status().isNotFound());
            long report = fixtures.open(t[0], fixtures.vanMieu(), "2023-01-01", WARD);
            fixtures.send(post(REPORTS + "/" + report + "/submission"), WARD, null, "{\"signedBy\": \"Lê Văn Bình\"}")
                    .andExpect(status().isPreconditionRequired());
            fixtures.send(
                            post(REPORTS + "/" + report + "/submission"),
                            WARD,
                            null,
                            "{\"signedBy\": \"%s\"}".formatted("x".repeat(201)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("signedBy"));
            fixtures.send(get("/api/v1/report-templates/999999"), WARD, null, null)
                    .andExpect(status().isNotFound());
        });
    }
}

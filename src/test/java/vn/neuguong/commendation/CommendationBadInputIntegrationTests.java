package vn.neuguong.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import vn.neuguong.IntegrationTest;

/**
 * What a nomination, a round and a decision refuse, each error naming its field and nothing saved: a nominee outside
 * the nominating organization, a second nomination of one nominee in a round, a form the deciding level may not give
 * (until an administrator allows it), evidence the caller cannot read, a decision listing a nomination not approved,
 * malformed values, a closed round, foreign ids.
 */
@IntegrationTest
class CommendationBadInputIntegrationTests extends CommendationTestSupport {

    private long nominations() {
        return jdbc.sql("SELECT count(*) FROM commendation_nomination")
                .query(Long.class)
                .single();
    }

    @Test
    void aNominationBreakingARuleIsRefusedByFieldAndNothingIsSaved() {
        rolledBack(() -> {
            long round = round();
            long cell = vanMieuCell(1);
            long before = nominations();
            long otherCellsMember = memberOf(vanMieuCell(2));
            send(post(API + "/nominations"), WARD, null, memberNomination(round, cell, otherCellsMember))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", Matchers.contains("memberId")));
            String diploma =
                    memberNomination(round, cell, memberOf(cell)).replace("CERTIFICATE_OF_MERIT", "DIPLOMA_OF_MERIT");
            send(post(API + "/nominations"), WARD, null, diploma)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", Matchers.contains("formCode")));
            String collectiveAbove = """
                    {"roundId": %d, "nominatedById": %d, "nomineeKind": "COLLECTIVE", "organizationId": %d,
                     "formCode": "PRAISE", "achievement": "Tiêu biểu"}
                    """.formatted(round, cell, vanMieu());
            send(post(API + "/nominations"), WARD, null, collectiveAbove)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", Matchers.contains("organizationId")));
            String foreignEvidence = memberNomination(round, cell, memberOf(cell))
                    .replace(
                            "\"exemplary\": true",
                            "\"exemplary\": true, \"evidence\": [{\"kind\": \"MEETING\", \"id\": -5}]");
            send(post(API + "/nominations"), WARD, null, foreignEvidence)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", Matchers.contains("evidence[0].id")));
            String badKind = memberNomination(round, cell, memberOf(cell)).replace("\"MEMBER\"", "\"NEIGHBOUR\"");
            send(post(API + "/nominations"), WARD, null, badKind)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", Matchers.contains("nomineeKind")));
            String tooLong =
                    memberNomination(round, cell, memberOf(cell)).replace("Gương mẫu đi đầu", "x".repeat(2100));
            send(post(API + "/nominations"), WARD, null, tooLong)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", Matchers.contains("achievement")));
            assertThat(nominations()).isEqualTo(before);

            send(post(API + "/nominations"), WARD, null, memberNomination(round, cell, memberOf(cell)))
                    .andExpect(status().isCreated());
            send(post(API + "/nominations"), SECRETARY, null, memberNomination(round, cell, memberOf(cell)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", Matchers.contains("memberId")))
                    .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("đã được đề nghị")));
            assertThat(nominations()).isEqualTo(before + 1);
        });
    }

    @Test
    void aDecisionListingANominationNotApprovedIsRefusedAndIssuesNothing() {
        rolledBack(() -> {
            long round = round();
            long cell = vanMieuCell(1);
            long pending =
                    id(send(post(API + "/nominations"), SECRETARY, null, memberNomination(round, cell, memberOf(cell)))
                            .andExpect(status().isCreated()));
            long documents =
                    jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
            int version = version(send(get(API + "/rounds/" + round), DISTRICT, null, null));
            String decide =
                    "{\"issuedOn\": \"%s\", \"nominationIds\": [%d, %d]}".formatted(LocalDate.now(), pending, pending);
            send(post(API + "/rounds/" + round + "/decisions"), DISTRICT, version, decide)
                    .andExpect(status().isBadRequest())
                    .andExpect(
                            jsonPath("$.errors[*].field", Matchers.contains("nominationIds[0]", "nominationIds[1]")));
            send(post(API + "/rounds/" + round + "/decisions"), WARD, version, decide)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("roundId"));
            send(post(API + "/rounds/" + round + "/decisions"), DISTRICT, version, "{\"issuedOn\": \"14/05/2024\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("issuedOn")));
            send(post(API + "/rounds/" + round + "/decisions"), DISTRICT, null, decide)
                    .andExpect(status().isPreconditionRequired());
            assertThat(jdbc.sql("SELECT count(*) FROM document")
                            .query(Long.class)
                            .single())
                    .isEqualTo(documents);
        });
    }

    @Test
    void aClosedRoundTakesNoNominationAndForeignIdsAnswer404() {
        rolledBack(() -> {
            long round = round();
            jdbc.sql("UPDATE commendation_round SET closes_on = DATE '2024-01-31' WHERE id = :id")
                    .param("id", round)
                    .update();
            long cell = vanMieuCell(1);
            send(post(API + "/nominations"), SECRETARY, null, memberNomination(round, cell, memberOf(cell)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", Matchers.contains("roundId")));
            send(get(API + "/rounds/999999999"), DISTRICT, null, null).andExpect(status().isNotFound());
            send(get(API + "/nominations/999999999"), DISTRICT, null, null).andExpect(status().isNotFound());
            send(get(API + "/decisions/999999999/certificates"), DISTRICT, null, null)
                    .andExpect(status().isNotFound());
            send(get(API + "/rounds/abc"), DISTRICT, null, null).andExpect(status().isBadRequest());
            long thanhXuan = organization("Quận ủy Thanh Xuân");
            String foreign = """
                    {"campaignId": %d, "organizationId": %d, "title": "Khen thưởng", "closesOn": "2027-01-31"}
                    """.formatted(theme2023(), thanhXuan);
            send(post(API + "/rounds"), DISTRICT, null, foreign)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", Matchers.contains("organizationId")));
        });
    }

    @Test
    void theLevelsThatMayGiveAFormAreAnAdministratorsToChangeAndTheNominationFollows() {
        rolledBack(() -> {
            send(put(API + "/forms/DIPLOMA_OF_MERIT"), DISTRICT, null, "{\"levels\": [\"PROVINCE\", \"DISTRICT\"]}")
                    .andExpect(status().isForbidden());
            send(put(API + "/forms/DIPLOMA_OF_MERIT"), "admin", null, "{\"levels\": [\"PROVINCE\", \"DISTRICT\"]}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.levels", Matchers.contains("DISTRICT", "PROVINCE")));
            send(put(API + "/forms/NO_SUCH"), "admin", null, "{\"levels\": []}").andExpect(status().isNotFound());
            send(put(API + "/forms/PRAISE"), "admin", null, "{\"levels\": [\"COUNTRY\"]}")
                    .andExpect(status().isBadRequest());
            long round = round();
            long cell = vanMieuCell(1);
            send(
                            post(API + "/nominations"),
                            SECRETARY,
                            null,
                            memberNomination(round, cell, memberOf(cell))
                                    .replace("CERTIFICATE_OF_MERIT", "DIPLOMA_OF_MERIT"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.formName").value("Bằng khen"));
            send(get(API + "/forms"), WARD, null, null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].code").value("PRAISE"))
                    .andExpect(jsonPath("$[0].levels.length()").value(5));
        });
    }
}

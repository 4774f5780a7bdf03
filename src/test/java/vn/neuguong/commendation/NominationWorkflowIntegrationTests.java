package vn.neuguong.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.neuguong.IntegrationTest;

/**
 * A member's nomination on its way up the Đống Đa tree: proposed by his cell's secretary, approved by the ward, then
 * by the Quận ủy, which awards it in a numbered decision of its standing committee; the code on its certificate is
 * confirmed on the public page, until the award is revoked. Every step is written down and audited, only the level
 * next in line acts, and a ward that is not on the way does not see it at all.
 */
@IntegrationTest
class NominationWorkflowIntegrationTests extends CommendationTestSupport {

    @Autowired
    CommendationPeriodFigures figures;

    @Test
    void aMemberIsNominatedByHisCellApprovedUpTheTreeAwardedAndVerified() {
        rolledBack(() -> {
            long round = round();
            long cell = vanMieuCell(1);
            long member = memberOf(cell);
            long document = jdbc.sql("SELECT min(document_id) FROM document_recipient WHERE organization_id = :o")
                    .param("o", vanMieu())
                    .query(Long.class)
                    .single();
            String withEvidence = memberNomination(round, cell, member)
                    .replace(
                            "\"exemplary\": true",
                            "\"exemplary\": true, \"evidence\": [{\"kind\": \"DOCUMENT\", \"id\": " + document + "}]");
            var proposed = send(post(API + "/nominations"), WARD, null, withEvidence)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.evidence[0].kind").value("DOCUMENT"))
                    .andExpect(jsonPath("$.evidence[0].label")
                            .value(org.hamcrest.Matchers.matchesPattern("\\d+-[^/]+/.+")))
                    .andExpect(jsonPath("$.status").value("PENDING"))
                    .andExpect(jsonPath("$.nextId").value(vanMieu()))
                    .andExpect(jsonPath("$.nextName").value("Đảng ủy phường Văn Miếu"))
                    .andExpect(jsonPath("$.steps[0].action").value("PROPOSED"))
                    .andExpect(jsonPath("$.details").value(org.hamcrest.Matchers.startsWith("Đảng viên Chi bộ")));
            long id = id(proposed);
            String nomination = API + "/nominations/" + id;

            send(get(nomination), OTHER_WARD, null, null).andExpect(status().isNotFound());
            String asDistrict = "{\"organizationId\": %d, \"verdict\": \"APPROVE\"}".formatted(district());
            send(post(nomination + "/steps"), DISTRICT, version(proposed), asDistrict)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("organizationId"));

            String asWard = "{\"organizationId\": %d, \"verdict\": \"APPROVE\"}".formatted(vanMieu());
            var forwarded = send(post(nomination + "/steps"), WARD, version(proposed), asWard)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("PENDING"))
                    .andExpect(jsonPath("$.nextId").value(district()))
                    .andExpect(jsonPath("$.steps[1].action").value("FORWARDED"));
            send(post(nomination + "/steps"), WARD, version(forwarded), asWard)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("organizationId"));
            var approved = send(post(nomination + "/steps"), DISTRICT, version(forwarded), asDistrict)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("APPROVED"))
                    .andExpect(jsonPath("$.nextId").isEmpty());

            int roundVersion = version(send(get(API + "/rounds/" + round), DISTRICT, null, null));
            String decide = "{\"issuedOn\": \"%s\", \"nominationIds\": [%d]}".formatted(LocalDate.now(), id);
            var decided = send(post(API + "/rounds/" + round + "/decisions"), DISTRICT, roundVersion, decide)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.endsWith("-QĐ/QU")))
                    .andExpect(jsonPath("$.signedFor").value("T/M BAN THƯỜNG VỤ"))
                    .andExpect(jsonPath("$.nominationIds[0]").value(id));
            String number = com.jayway.jsonpath.JsonPath.read(body(decided), "$.number");
            var awarded = send(get(nomination), DISTRICT, null, null)
                    .andExpect(jsonPath("$.status").value("AWARDED"))
                    .andExpect(jsonPath("$.decisionNumber").value(number))
                    .andExpect(jsonPath("$.steps.length()").value(4))
                    .andExpect(jsonPath("$.steps[3].action").value("AWARDED"));
            String code = com.jayway.jsonpath.JsonPath.read(body(awarded), "$.code");
            assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(approved).isNotNull();

            long audited = jdbc.sql(
                            "SELECT count(*) FROM audit_log WHERE entity_type = 'Nomination'" + " AND entity_id = :id")
                    .param("id", String.valueOf(id))
                    .query(Long.class)
                    .single();
            assertThat(audited).isEqualTo(3);
            assertThat(figures.count(vanMieu(), LocalDate.now(), LocalDate.now()))
                    .containsEntry("commendation.individualsAwarded", 1L)
                    .containsEntry("commendation.certificatesOfMerit", 1L)
                    .containsEntry("commendation.exemplaryModels", 1L)
                    .containsEntry("commendation.collectivesAwarded", 0L);

            String genuine = body(mvc.perform(get("/portal/commendations/verify/" + code.toLowerCase()))
                    .andExpect(status().isOk()));
            assertThat(genuine)
                    .contains("Giấy khen này là thật")
                    .contains(number)
                    .contains("Quận ủy Đống Đa");
            String honour = body(mvc.perform(get("/portal/organizations/{id}/honour-roll", vanMieu()))
                    .andExpect(status().isOk()));
            assertThat(honour)
                    .contains("Vận động bà con giữ gìn vệ sinh ngõ phố.")
                    .contains(number);

            send(post(nomination + "/revocation"), WARD, version(awarded), "{\"reason\": \"Vi phạm kỷ luật\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("status"));
            send(post(nomination + "/revocation"), DISTRICT, version(awarded), "{\"reason\": \"Vi phạm kỷ luật\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.revokedReason").value("Vi phạm kỷ luật"));
            String revoked = body(
                    mvc.perform(get("/portal/commendations/verify/" + code)).andExpect(status().isOk()));
            assertThat(revoked).contains("Khen thưởng này đã bị thu hồi").contains("Vi phạm kỷ luật");
            assertThat(body(mvc.perform(get("/portal/organizations/{id}/honour-roll", vanMieu()))))
                    .doesNotContain("Vận động bà con giữ gìn vệ sinh ngõ phố.");
        });
    }

    @Test
    void aForgedCodeIsSaidToBeNotGenuine() throws Exception {
        String page = body(
                mvc.perform(get("/portal/commendations/verify/ABCD-EFGH-JKLM")).andExpect(status().isNotFound()));
        assertThat(page).contains("Không có giấy khen nào mang mã này").contains("ABCD-EFGH-JKLM");
        String script = body(mvc.perform(get("/portal/commendations/verify/<script>alert(1)<"))
                .andExpect(status().isNotFound()));
        assertThat(script).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    }

    @Test
    void aReturnedNominationIsChangedAndSentUpAgainAndACutOneEnds() {
        rolledBack(() -> {
            long round = round();
            long cell = vanMieuCell(1);
            var proposed = send(
                            post(API + "/nominations"), SECRETARY, null, memberNomination(round, cell, memberOf(cell)))
                    .andExpect(status().isCreated());
            long id = id(proposed);
            String nomination = API + "/nominations/" + id;
            String returnWithoutReason = "{\"organizationId\": %d, \"verdict\": \"RETURN\"}".formatted(vanMieu());
            send(post(nomination + "/steps"), WARD, version(proposed), returnWithoutReason)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("note"));
            String ret = "{\"organizationId\": %d, \"verdict\": \"RETURN\", \"note\": \"Bổ sung thành tích\"}"
                    .formatted(vanMieu());
            var returned = send(post(nomination + "/steps"), WARD, version(proposed), ret)
                    .andExpect(jsonPath("$.status").value("RETURNED"))
                    .andExpect(jsonPath("$.steps[1].note").value("Bổ sung thành tích"));
            var changed = send(
                            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(nomination),
                            SECRETARY,
                            version(returned),
                            memberNomination(round, cell, memberOf(cell)).replace("năm 2023", "năm 2023 và 2024"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("PENDING"))
                    .andExpect(jsonPath("$.nextId").value(vanMieu()))
                    .andExpect(jsonPath("$.achievement").value(org.hamcrest.Matchers.endsWith("năm 2023 và 2024")))
                    .andExpect(jsonPath("$.steps[2].action").value("RESUBMITTED"));
            String cut =
                    "{\"organizationId\": %d, \"verdict\": \"CUT\", \"note\": \"Chưa tiêu biểu\"}".formatted(vanMieu());
            send(post(nomination + "/steps"), WARD, version(changed), cut)
                    .andExpect(jsonPath("$.status").value("CUT"));
            // cut, the member may be nominated again in the round
            send(post(API + "/nominations"), SECRETARY, null, memberNomination(round, cell, memberOf(cell)))
                    .andExpect(status().isCreated());
        });
    }
}

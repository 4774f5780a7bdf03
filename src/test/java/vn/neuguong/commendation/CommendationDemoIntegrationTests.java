package vn.neuguong.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.neuguong.IntegrationTest;

/**
 * Article 002 as the demo loads it: the Quận ủy Thanh Xuân's decision of 14/5/2024 awards 27 collectives and
 * individuals a Giấy khen, a resident's nomination was not approved, the figures of the district's May 2024 count
 * them, and its honour roll tells the exemplary models' stories.
 */
@IntegrationTest
class CommendationDemoIntegrationTests extends CommendationTestSupport {

    @Autowired
    CommendationPeriodFigures figures;

    private long demoRound() {
        return jdbc.sql("SELECT id FROM commendation_round WHERE title = :t")
                .param("t", CommendationDemoData.TITLE)
                .query(Long.class)
                .single();
    }

    @Test
    void theQuanUyThanhXuanAwarded27InOneDecisionOf14May2024() throws Exception {
        long round = demoRound();
        send(get(API + "/rounds/" + round), "hanoi.tuyengiao", null, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organizationName").value("Quận ủy Thanh Xuân"))
                .andExpect(jsonPath("$.level").value("DISTRICT"))
                .andExpect(jsonPath("$.closesOn").value("2024-05-10"))
                .andExpect(jsonPath("$.nominations").value(28))
                .andExpect(jsonPath("$.awarded").value(27));
        send(get(API + "/rounds/" + round + "/decisions"), "hanoi.tuyengiao", null, null)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].issuedOn").value("2024-05-14"))
                .andExpect(jsonPath("$[0].number").value(Matchers.endsWith("-QĐ/QU")))
                .andExpect(jsonPath("$[0].signedFor").value("T/M BAN THƯỜNG VỤ"))
                .andExpect(jsonPath("$[0].signerName").value("Bùi Huyền Mai"))
                .andExpect(jsonPath("$[0].signerPost").value("BÍ THƯ"))
                .andExpect(jsonPath("$[0].nominationIds.length()").value(27));
        send(get(API + "/rounds/" + round + "/nominations?status=CUT"), "hanoi.tuyengiao", null, null)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].nomineeKind").value("PERSON"))
                .andExpect(jsonPath("$.items[0].steps[1].note").value(Matchers.startsWith("Chưa đủ thành tích")));
        send(get(API + "/rounds/" + round), DISTRICT, null, null).andExpect(status().isNotFound());

        long district = organization("Quận ủy Thanh Xuân");
        var may = figures.count(district, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31));
        assertThat(may)
                .containsEntry("commendation.collectivesAwarded", 12L)
                .containsEntry("commendation.individualsAwarded", 15L)
                .containsEntry("commendation.certificatesOfMerit", 27L)
                .containsEntry("commendation.diplomasOfMerit", 0L);
        assertThat(figures.count(district, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)))
                .containsEntry("commendation.certificatesOfMerit", 0L);

        rolledBack(() -> {
            long campaign = jdbc.sql("SELECT campaign_id FROM commendation_round WHERE id = :r")
                    .param("r", round)
                    .query(Long.class)
                    .single();
            String draft = """
                    {"campaignId": %d, "organizationId": %d, "kind": "INTERIM", "title": "Sơ kết tháng 5/2024",
                     "periodStartsOn": "2024-05-01", "periodEndsOn": "2024-05-31"}
                    """.formatted(campaign, district);
            var review = send(
                            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/reviews"),
                            "hanoi.tuyengiao",
                            null,
                            draft)
                    .andExpect(status().isCreated());
            send(get("/api/v1/reviews/" + id(review)), "hanoi.tuyengiao", null, null)
                    .andExpect(jsonPath("$.figures[?(@.key == 'commendation.certificatesOfMerit')].value")
                            .value(Matchers.contains(27)))
                    .andExpect(jsonPath("$.figures[?(@.key == 'commendation.collectivesAwarded')].label")
                            .value(Matchers.contains("Số tập thể được biểu dương, khen thưởng")));
        });

        long decision = jdbc.sql("SELECT id FROM commendation_decision WHERE round_id = :r")
                .param("r", round)
                .query(Long.class)
                .single();
        byte[] pdf = send(get(API + "/decisions/" + decision + "/certificates"), "hanoi.tuyengiao", null, null)
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(27);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Đảng ủy phường Khương Đình")
                    .contains("QUẬN ỦY THANH XUÂN")
                    .contains("Thanh Xuân, ngày 14 tháng 5 năm 2024")
                    .contains("Bùi Huyền Mai")
                    .contains("Đồng chí ");
        }
        long member = jdbc.sql("SELECT id FROM commendation_nomination WHERE round_id = :r AND nominee_kind = 'MEMBER'"
                        + " AND status = 'AWARDED' ORDER BY position LIMIT 1")
                .param("r", round)
                .query(Long.class)
                .single();
        send(get(API + "/nominations/" + member + "/certificate"), "hanoi.tuyengiao", null, null)
                .andExpect(status().isOk());
        send(get(API + "/nominations/" + member + "/certificate"), DISTRICT, null, null)
                .andExpect(status().isNotFound());

        String roll = body(mvc.perform(get("/portal/organizations/{id}/honour-roll", district))
                .andExpect(status().isOk()));
        assertThat(roll)
                .contains("Đảng ủy phường Khương Đình")
                .contains("Đảng ủy phường Nhân Chính")
                .contains("Gương “người tốt, việc tốt” ở tổ dân phố")
                .contains("Giấy khen");
    }
}

package vn.neuguong.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.neuguong.IntegrationTest;

/**
 * The nomination form offers the documents, meetings and reports of the staff's scope as evidence: one chosen is
 * kept and listed on the nomination's page, kept again when the nomination is changed, and a value of another shape
 * is named beside the field with nothing saved.
 */
@IntegrationTest
class NominationEvidencePageIntegrationTests extends CommendationPageIntegrationTests {

    @Test
    void evidenceChosenOnTheFormIsKeptAndListed() {
        rolledBack(() -> {
            var f = fixture();
            var form = page(
                    get("/commendations/rounds/{id}/nominations/new", f.round().id()), DISTRICT);
            var offered = form.select("select#evidence option");
            assertThat(offered).isNotEmpty();
            var document = offered.stream()
                    .filter(o -> o.attr("value").startsWith("DOCUMENT:"))
                    .findFirst()
                    .orElseThrow();

            var refused = page(
                    post("/commendations/rounds/{id}/nominations", f.round().id())
                            .param("nominatedById", "" + cell())
                            .param("nomineeKind", "PERSON")
                            .param("personName", "Lê Văn Tâm")
                            .param("formCode", "PRAISE")
                            .param("achievement", "Người tốt việc tốt")
                            .param("evidence", "MEETING:abc"),
                    DISTRICT);
            assertThat(refused.getElementById("evidence-error")).isNotNull();
            assertThat(count(f.round())).isEqualTo(2);

            String proposed = perform(
                            post(
                                            "/commendations/rounds/{id}/nominations",
                                            f.round().id())
                                    .param("nominatedById", "" + cell())
                                    .param("nomineeKind", "PERSON")
                                    .param("personName", "Lê Văn Tâm")
                                    .param("formCode", "PRAISE")
                                    .param("achievement", "Người tốt việc tốt")
                                    .param("evidence", document.attr("value")),
                            DISTRICT)
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            var nomination = page(get(proposed), DISTRICT);
            String number = document.text().split(" — ")[0];
            assertThat(nomination.getElementById("evidence-list").text()).contains(number);
            assertThat(nomination.select("select#evidence option[selected]").attr("value"))
                    .isEqualTo(document.attr("value"));
        });
    }
}

package vn.neuguong.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Scope;

/**
 * The commendation pages as the staff of Quận ủy Đống Đa and of its wards see them, on a round of the district for
 * the 2023 theme made by each test: the list with the round's counts, the round's nominations with their status and
 * the level next in line, the approve button only where the reader's ward acts next, an approval moving the
 * nomination up, a nominee outside the nominating organization named beside its field with nothing kept, the home
 * page's task, a foreign round answering 404, and the authority table.
 */
@IntegrationTest
class CommendationStaffPageIntegrationTests extends CommendationPageIntegrationTests {

    @Test
    void theListShowsTheRoundWithItsCounts() {
        rolledBack(() -> {
            var f = fixture();
            var row = page(get("/commendations"), DISTRICT)
                    .getElementById("round-" + f.round().id());
            assertThat(row).isNotNull();
            assertThat(row.text())
                    .contains(f.round().title())
                    .contains("Quận ủy Đống Đa")
                    .contains(THEME_2023)
                    .contains("Huyện ủy và tương đương");
            assertThat(row.select("td.nominations").text()).isEqualTo("2");
            assertThat(row.select("td.approved").text()).isEqualTo("0");
            assertThat(row.select("td.awarded").text()).isEqualTo("0");
        });
    }

    @Test
    void theRoundListsAProposedNominationWithItsStatusAndNextLevel() {
        rolledBack(() -> {
            var f = fixture();
            var round = page(get("/commendations/rounds/{id}", f.round().id()), DISTRICT);
            assertThat(round.select("h1").text()).isEqualTo(f.round().title());
            var line = round.getElementById("nomination-" + f.member().id());
            assertThat(line.select("td.nominee a").text()).isEqualTo(f.member().nomineeName());
            assertThat(line.select("td.kind").text()).isEqualTo("Đảng viên");
            assertThat(line.select("td.form").text()).isEqualTo("Giấy khen");
            assertThat(line.select("td.nominated-by").text()).isEqualTo("Chi bộ Tổ dân phố số 1");
            assertThat(line.select("td.status").text()).isEqualTo("Đang chờ duyệt");
            assertThat(line.select("td.next").text()).isEqualTo("Đảng ủy phường Văn Miếu");
            assertThat(round.getElementById("decision-form")).isNull();
            assertThat(round.getElementById("decide")).isNotNull();
        });
    }

    @Test
    void theWardSeesTheStepsOnlyWhereItActsNextAndAnApprovalMovesTheNominationUp() {
        rolledBack(() -> {
            var f = fixture();
            var before = page(get("/commendations/rounds/{id}", f.round().id()), WARD);
            assertThat(before.select("#nomination-" + f.member().id() + " button.approve"))
                    .hasSize(1);
            assertThat(before.select("#nomination-" + f.collective().id() + " button.approve"))
                    .isEmpty();
            assertThat(before.getElementById("decide")).isNull();
            var waiting = page(get("/commendations/rounds/{id}", f.round().id()).param("waiting", "true"), WARD);
            assertThat(waiting.select("#nominations tbody tr").eachAttr("id"))
                    .containsExactly("nomination-" + f.member().id());

            perform(
                            post(
                                            "/commendations/nominations/{id}/steps",
                                            f.member().id())
                                    .param("organizationId", "" + demo.organization("Đảng ủy phường Văn Miếu"))
                                    .param("version", "" + f.member().version())
                                    .param("verdict", "APPROVE"),
                            WARD)
                    .andExpect(redirectedUrl("/commendations/rounds/"
                            + f.round().id() + "#nomination-" + f.member().id()));
            var after = page(get("/commendations/rounds/{id}", f.round().id()), WARD);
            var line = after.getElementById("nomination-" + f.member().id());
            assertThat(line.select("td.next").text()).isEqualTo("Quận ủy Đống Đa");
            assertThat(line.select("button.approve")).isEmpty();
            assertThat(page(get("/commendations/rounds/{id}", f.round().id()), DISTRICT)
                            .select("#nomination-" + f.member().id() + " button.approve"))
                    .hasSize(1);
        });
    }

    @Test
    void theDistrictDecidesTheApprovedNominationsAndTheAwardShowsItsCode() {
        rolledBack(() -> {
            var f = fixture();
            long district = demo.organization("Quận ủy Đống Đa");
            var approved = work.act(
                    f.collective().id(),
                    f.collective().version(),
                    new NominationInput.Act(district, NominationInput.Verdict.APPROVE, null),
                    actor(DISTRICT));
            var form = page(get("/commendations/rounds/{id}", f.round().id()), DISTRICT);
            assertThat(form.select("#decision-form input[name=nominationIds]").eachAttr("value"))
                    .containsExactly("" + approved.id());
            var round = rounds.get(f.round().id(), Scope.everything());
            perform(
                            post("/commendations/rounds/{id}/decisions", round.id())
                                    .param("version", "" + round.version())
                                    .param("issuedOn", LocalDate.now(clock).toString())
                                    .param("nominationIds", "" + approved.id()),
                            DISTRICT)
                    .andExpect(redirectedUrl("/commendations/rounds/" + round.id() + "#decisions"));
            var decided = page(get("/commendations/rounds/{id}", round.id()), DISTRICT);
            var decision = decided.select("#decision-list tbody tr").first();
            assertThat(decision.text()).contains("QĐ");
            assertThat(decision.select("a[href$=certificates.pdf]")).hasSize(1);
            var award = page(get("/commendations/nominations/{id}", approved.id()), DISTRICT);
            String code = award.getElementById("code").text();
            assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(award.getElementById("verify-link").attr("href"))
                    .isEqualTo("/portal/commendations/verify/" + code);
            assertThat(award.getElementById("revoke-form")).isNotNull();
            assertThat(award.getElementById("nomination-form")).isNull();
        });
    }

    @Test
    void aCutWithoutAReasonIsNamedInTheNominationsLine() {
        rolledBack(() -> {
            var f = fixture();
            var refused = page(
                    post("/commendations/nominations/{id}/steps", f.member().id())
                            .param("organizationId", "" + demo.organization("Đảng ủy phường Văn Miếu"))
                            .param("version", "" + f.member().version())
                            .param("verdict", "CUT"),
                    WARD);
            assertThat(refused.select("#nomination-" + f.member().id() + " .field-error")
                            .text())
                    .contains("nêu lý do khi không duyệt hoặc trả lại");
            assertThat(nominations.get(f.member().id(), Scope.everything()).status())
                    .isEqualTo(Nomination.Status.PENDING);
        });
    }

    @Test
    void aNomineeOutsideTheNominatingOrganizationIsNamedBesideItsFieldAndNothingIsKept() {
        rolledBack(() -> {
            var f = fixture();
            var refused = page(
                    post("/commendations/rounds/{id}/nominations", f.round().id())
                            .param("nominatedById", "" + cell())
                            .param("nomineeKind", "COLLECTIVE")
                            .param("organizationId", "" + demo.organization("Đảng ủy phường Quốc Tử Giám"))
                            .param("formCode", "CERTIFICATE_OF_MERIT")
                            .param("achievement", "Hoàn thành xuất sắc nhiệm vụ"),
                    DISTRICT);
            assertThat(refused.getElementById("organizationId-error").text()).contains("không thuộc tổ chức đề nghị");
            assertThat(refused.select("[data-error-summary] a").attr("href")).isEqualTo("#organizationId");
            assertThat(refused.getElementById("achievement").text()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
            assertThat(count(f.round())).isEqualTo(2);

            var proposed = perform(
                            post(
                                            "/commendations/rounds/{id}/nominations",
                                            f.round().id())
                                    .param("nominatedById", "" + cell())
                                    .param("nomineeKind", "PERSON")
                                    .param("organizationId", "" + demo.organization("Đảng ủy phường Quốc Tử Giám"))
                                    .param("personName", "Trần Thị Hoa")
                                    .param("personBirthYear", "1975")
                                    .param("formCode", "PRAISE")
                                    .param("achievement", "Người tốt việc tốt")
                                    .param("exemplary", "true"),
                            DISTRICT)
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            var nomination = page(get(proposed), DISTRICT);
            assertThat(nomination.select("h1").text()).isEqualTo("Trần Thị Hoa");
            assertThat(nomination.getElementById("steps").text()).contains("Đề nghị");
            assertThat(count(f.round())).isEqualTo(3);
        });
    }

    @Test
    void aRoundWithoutATitleIsNamedBesideItsFieldAndNotOpened() {
        rolledBack(() -> {
            long before = jdbc.sql("SELECT count(*) FROM commendation_round")
                    .query(Long.class)
                    .single();
            var refused = page(
                    post("/commendations")
                            .param("campaignId", "" + theme2023())
                            .param("organizationId", "" + demo.organization("Quận ủy Đống Đa"))
                            .param("title", " ")
                            .param(
                                    "closesOn",
                                    LocalDate.now(clock).plusMonths(1).toString()),
                    DISTRICT);
            assertThat(refused.getElementById("title-error").text()).contains("là bắt buộc");
            assertThat(jdbc.sql("SELECT count(*) FROM commendation_round")
                            .query(Long.class)
                            .single())
                    .isEqualTo(before);
        });
    }

    @Test
    void theHomePageListsTheNominationWaitingForTheWard() {
        rolledBack(() -> {
            var f = fixture();
            var group = page(get("/dashboard"), WARD).getElementById("tasks-commendation-waiting");
            assertThat(group).isNotNull();
            assertThat(group.select("h2").text()).isEqualTo("Đề nghị khen thưởng chờ duyệt");
            var task = group.select("a.task-title").stream()
                    .filter(a -> a.text().contains(f.member().nomineeName()))
                    .findFirst()
                    .orElseThrow();
            assertThat(task.attr("href"))
                    .isEqualTo("/commendations/rounds/" + f.round().id() + "?waiting=true#nomination-"
                            + f.member().id());
            assertThat(group.text()).doesNotContain(f.collective().nomineeName() + " · Giấy khen");
        });
    }

    @Test
    void aRoundOutsideTheReadersTreeAnswersNotFound() {
        rolledBack(() -> {
            var other = rounds.create(
                    new Round.Input(
                            theme2023(),
                            demo.organization("Đảng ủy phường Quốc Tử Giám"),
                            "Khen thưởng phường Quốc Tử Giám",
                            LocalDate.now(clock).plusMonths(1)),
                    actor(OTHER_WARD));
            perform(get("/commendations/rounds/{id}", other.id()), WARD).andExpect(status().isNotFound());
            perform(get("/commendations/rounds/{id}/nominations/new", other.id()), WARD)
                    .andExpect(status().isNotFound());
            perform(get("/commendations/rounds/{id}", other.id()), OTHER_WARD).andExpect(status().isOk());
        });
    }

    @Test
    void theAuthorityTableShowsTheLevelsTickedAndOnlyAnAdministratorChangesIt() throws Exception {
        var table = page(get("/commendations/forms"), WARD);
        var merit = table.getElementById("form-CERTIFICATE_OF_MERIT");
        assertThat(merit.select("td.level-DISTRICT input").hasAttr("checked")).isTrue();
        assertThat(merit.select("td.level-PROVINCE input").hasAttr("checked")).isFalse();
        assertThat(merit.select("td.level-DISTRICT input").hasAttr("disabled")).isTrue();
        assertThat(table.select("#authority form")).isEmpty();
        perform(post("/commendations/forms/{code}", "PRAISE").param("levels", "CELL"), WARD)
                .andExpect(status().isForbidden());
        assertThat(page(get("/commendations/forms"), "admin").select("#form-PRAISE form"))
                .hasSize(1);
    }
}

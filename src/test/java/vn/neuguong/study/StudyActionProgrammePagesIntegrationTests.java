package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.study.ProgrammeFixtures.MEMBER;
import static vn.neuguong.study.ProgrammeFixtures.WARD_STAFF;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.Formats;

/**
 * The action programme pages as the ward's staff use them: the form of a new programme with the ward's members as
 * owners, its errors tied to their fields with nothing saved, the programme's page with its goals and measures, the
 * adoption form, and each measure's progress form afterwards; the list of the round's programmes.
 */
@IntegrationTest
class StudyActionProgrammePagesIntegrationTests {

    static final String PAGES = "/study/action-programmes";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    ProgrammeFixtures fixtures;
    LocalDate today;
    long vanMieu;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        fixtures = new ProgrammeFixtures(mvc, jdbc, demo, transaction, today);
        vanMieu = fixtures.vanMieu();
    }

    private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(fixtures.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** The new programme's form as the browser posts it: one goal and one measure of the member, due on the day. */
    private MockHttpServletRequestBuilder newProgramme(long round, long owner, String dueOn) {
        return post(PAGES)
                .param("campaignId", "" + round)
                .param("organizationId", "" + vanMieu)
                .param("title", "Chương trình <b>của phường</b>")
                .param("goals[0]", "Nâng cao ý thức tự soi, tự sửa")
                .param("goals[1]", "")
                .param("measures[0].content", "Tổ chức hội nghị quán triệt")
                .param("measures[0].ownerMemberId", "" + owner)
                .param("measures[0].ownerText", "")
                .param("measures[0].startsOn", "")
                .param("measures[0].dueOn", dueOn)
                .param("measures[1].content", "")
                .param("measures[1].ownerMemberId", "")
                .param("measures[1].dueOn", "");
    }

    @Test
    void theWardDraftsItsProgrammeOnTheFormAndAdoptsItOnItsPage() {
        fixtures.rolledBack(() -> {
            long round = fixtures.launchedRound();
            long owner = fixtures.memberOf(MEMBER);
            var form = page(
                    get(PAGES + "/new").param("campaignId", "" + round).param("organizationId", "" + vanMieu),
                    WARD_STAFF);
            assertThat(form.select("#programme-form")).hasSize(1);
            assertThat(form.select("#measures-0-ownerMemberId option[value=" + owner + "]")
                            .text())
                    .contains(fixtures.fullName(owner));
            assertThat(form.select("#measures-0-ownerMemberId option[value=" + fixtures.foreignMember() + "]"))
                    .isEmpty();

            var malformed = page(newProgramme(round, owner, "cuối tháng 12"), WARD_STAFF);
            assertThat(malformed.select("#measures-0-dueOn-error")).hasSize(1);
            assertThat(malformed.select(".error-summary a[href=\"#measures-0-dueOn\"]"))
                    .hasSize(1);
            assertThat(malformed.select("input[name=\"goals[0]\"]").val()).isEqualTo("Nâng cao ý thức tự soi, tự sửa");
            var foreign = page(
                    newProgramme(
                            round, fixtures.foreignMember(), today.plusDays(10).toString()),
                    WARD_STAFF);
            assertThat(foreign.select("#measures-0-ownerMemberId-error").text())
                    .contains("không phải đảng viên thuộc cấp ủy này");
            var late = page(
                    newProgramme(round, owner, fixtures.endsOn().plusDays(1).toString()), WARD_STAFF);
            assertThat(late.select("#measures-0-dueOn-error").text()).contains("phải nằm trong thời gian của đợt");
            assertThat(fixtures.count("SELECT count(*) FROM study_programme WHERE campaign_id = :id", round))
                    .isZero();

            String location = mvc.perform(
                            newProgramme(round, owner, today.plusDays(10).toString())
                                    .with(fixtures.as(WARD_STAFF)))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(location).matches(PAGES + "/\\d+");
            var draft = page(get(location), WARD_STAFF);
            assertThat(draft.select("h1").text()).isEqualTo("Chương trình <b>của phường</b>");
            assertThat(draft.select("h1 b")).isEmpty();
            assertThat(draft.select("#goal-list li").eachText()).containsExactly("Nâng cao ý thức tự soi, tự sửa");
            assertThat(draft.select("#measure-list tbody tr")).hasSize(1);
            assertThat(draft.select("#measure-list tbody tr").text())
                    .contains("Tổ chức hội nghị quán triệt", fixtures.fullName(owner), "Chưa thực hiện · 0%");
            assertThat(draft.select("#status").text()).isEqualTo("Dự thảo");
            assertThat(draft.select("#adopt form")).hasSize(1);

            var refused = page(
                    post(location + "/adoption").param("version", "0").param("adoptedOn", today.plusDays(2) + ""),
                    WARD_STAFF);
            assertThat(refused.select("#adoptedOn-error").text()).contains("không được sau ngày hôm nay");
            var adoptedOn = today.minusDays(1);
            mvc.perform(post(location + "/adoption")
                            .param("version", "0")
                            .param("adoptedOn", adoptedOn.toString())
                            .param("documentId", "")
                            .with(fixtures.as(WARD_STAFF)))
                    .andExpect(status().is3xxRedirection());
            var adopted = page(get(location), WARD_STAFF);
            assertThat(adopted.select("#status").text())
                    .isEqualTo("Thông qua ngày " + Formats.DATE.format(adoptedOn)
                            + ", Văn phòng Đảng ủy phường Văn Miếu ghi nhận");
            assertThat(adopted.select("#edit, #adopt")).isEmpty();
            assertThat(adopted.select("#progress form")).hasSize(1);
            mvc.perform(get(location + "/edit").with(fixtures.as(WARD_STAFF))).andExpect(status().isConflict());

            var list = page(get(PAGES).param("campaignId", "" + round), WARD_STAFF);
            assertThat(list.select("#programmes tbody tr").text())
                    .contains("Đảng ủy phường Văn Miếu", "Thông qua ngày " + Formats.DATE.format(adoptedOn));
            mvc.perform(get("/api/v1/campaigns/{id}/obligations", round)
                            .param("organizationId", "" + vanMieu)
                            .with(fixtures.as(WARD_STAFF)))
                    .andExpect(jsonPath("$.items[0].fulfilledOn").value(adoptedOn.toString()));
        });
    }

    @Test
    void aMeasuresProgressIsReportedOnTheProgrammesPageAndShownInItsHistory() {
        fixtures.rolledBack(() -> {
            long round = fixtures.launchedRound();
            long id = fixtures.create(round, vanMieu, WARD_STAFF);
            fixtures.adopt(id, "0", fixtures.adoption(today.minusDays(2))).andExpect(status().isOk());
            long measure = jdbc.sql("SELECT id FROM study_programme_measure WHERE programme_id = :p AND position = 2")
                    .param("p", id)
                    .query(Long.class)
                    .single();
            String progress = PAGES + "/" + id + "/measures/" + measure + "/progress";
            var bad = page(
                    post(progress).param("version", "1").param("percent", "150").param("reportedOn", "" + today),
                    WARD_STAFF);
            assertThat(bad.select("#percent-" + measure + "-error").text()).contains("phải từ 0 đến 100");
            var stale = page(
                    post(progress).param("version", "0").param("percent", "50").param("reportedOn", "" + today),
                    WARD_STAFF);
            assertThat(stale.select("#error").text()).isNotBlank();
            mvc.perform(post(progress)
                            .param("version", "1")
                            .param("status", "")
                            .param("percent", "50")
                            .param("note", "Đã đăng 4 tin bài")
                            .param("reportedOn", today.toString())
                            .with(fixtures.as(WARD_STAFF)))
                    .andExpect(status().is3xxRedirection());
            var shown = page(get(PAGES + "/" + id), WARD_STAFF);
            assertThat(shown.select("#measure-" + measure + " .state").text()).isEqualTo("Đang thực hiện · 50%");
            assertThat(shown.select("#progress-" + measure + " .history li").eachText())
                    .singleElement()
                    .asString()
                    .contains(
                            Formats.DATE.format(today),
                            "50%",
                            "Văn phòng Đảng ủy phường Văn Miếu",
                            "Đã đăng 4 tin bài");
            var member = page(get(PAGES + "/" + id), MEMBER);
            assertThat(member.select("#progress-" + measure + " .history li")).hasSize(1);
            assertThat(member.select("#progress form, #edit")).isEmpty();
            assertThat(fixtures.count("SELECT count(*) FROM study_measure_progress WHERE measure_id = :id", measure))
                    .isEqualTo(1);
        });
    }
}

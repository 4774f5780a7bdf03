package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * A committee's standing and executive committees are the members holding, on a day, a post of that body in the
 * committee: read by the API with a date, shown on the organization page for today; a cell has none.
 */
@IntegrationTest
class CommitteeBodiesIntegrationTests {

    static final String PATH = "/api/v1/organizations/{id}/bodies/{body}";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStandingCommitteeOfLongBienOnTheDayOf104KhQuHasItsSeedLeadersByRank() throws Exception {
        mvc.perform(get(PATH, demo.organization("Quận ủy Long Biên"), "standing-committee")
                        .param("on", "2022-02-11")
                        .with(demo.signedIn("hanoi.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ban Thường vụ Quận ủy Long Biên"))
                .andExpect(jsonPath("$.body").value("STANDING_COMMITTEE"))
                .andExpect(jsonPath("$.on").value("2022-02-11"))
                .andExpect(jsonPath("$.members[0].fullName").value("Ngô Mạnh Điềm"))
                .andExpect(jsonPath("$.members[0].title").value("STANDING_DEPUTY_SECRETARY"))
                .andExpect(jsonPath("$.members[*].fullName", hasItem("Nguyễn Thế Thạch")));
    }

    @Test
    void theExecutiveCommitteeAddsTheCommitteeMembersTheStandingCommitteeLeavesOut() throws Exception {
        long hanoi = demo.organization("Thành ủy Hà Nội");
        mvc.perform(get(PATH, hanoi, "executive-committee").with(demo.signedIn("hanoi.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ban Chấp hành Thành ủy Hà Nội"))
                .andExpect(jsonPath("$.members[*].fullName", hasItem("Đinh Trường Thọ")))
                .andExpect(jsonPath("$.members[*].fullName", hasItem("Bùi Huyền Mai")));
        mvc.perform(get(PATH, hanoi, "standing-committee").with(demo.signedIn("hanoi.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].fullName", hasItem("Bùi Huyền Mai")))
                .andExpect(jsonPath("$.members[*].fullName", not(hasItem("Đinh Trường Thọ"))));
    }

    @Test
    void beforeAnyPostStartedTheBodyIsEmpty() throws Exception {
        mvc.perform(get(PATH, demo.organization("Quận ủy Đống Đa"), "standing-committee")
                        .param("on", "1990-01-01")
                        .with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members").isEmpty());
    }

    @Test
    void outsideTheScopeACellOrAnUnknownBodyAnswers404AndABadDate400NamingOn() throws Exception {
        long longBien = demo.organization("Quận ủy Long Biên");
        mvc.perform(get(PATH, longBien, "standing-committee").with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isNotFound());
        mvc.perform(get(PATH, longBien, "standing-committees").with(demo.signedIn("hanoi.tuyengiao")))
                .andExpect(status().isNotFound());
        long cell = cellOfVanMieu();
        mvc.perform(get(PATH, cell, "standing-committee").with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get(PATH, longBien, "standing-committee")
                        .param("on", "2022-13-01")
                        .with(demo.signedIn("hanoi.tuyengiao")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("on")));
    }

    @Test
    void theOrganizationPageShowsBothBodiesOfACommitteeAndNoneOfACell() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/organizations/{id}", demo.organization("Quận ủy Long Biên"))
                        .with(demo.signedIn("hanoi.tuyengiao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var standing = page.getElementById("body-standing-committee");
        assertThat(standing.selectFirst("h2").text()).isEqualTo("Ban Thường vụ Quận ủy Long Biên");
        assertThat(standing.select("tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Ngô Mạnh Điềm").contains("Phó Bí thư Thường trực"))
                .anySatisfy(row -> assertThat(row).contains("Nguyễn Thế Thạch").contains("Ủy viên Ban Thường vụ"));
        assertThat(page.getElementById("body-executive-committee")
                        .selectFirst("h2")
                        .text())
                .isEqualTo("Ban Chấp hành Quận ủy Long Biên");
        mvc.perform(get("/organizations/{id}", cellOfVanMieu()).with(demo.signedIn("vanmieu.vanphong")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("body-standing-committee"))));
    }

    private long cellOfVanMieu() {
        return new MemberTestSupport(null, jdbc).cell("Văn Miếu", 1);
    }
}

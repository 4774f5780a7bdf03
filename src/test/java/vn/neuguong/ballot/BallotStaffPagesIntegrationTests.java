package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** The staff's pages of a round, read as a person sees them: the form, the quorum refusal, results, the next round. */
@IntegrationTest
class BallotStaffPagesIntegrationTests {

    static final String STAFF = "vanmieu.vanphong";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoundDrafts drafts;

    @Autowired
    Slips slips;

    @Autowired
    BallotRounds rounds;

    @Autowired
    Closing closing;

    @Autowired
    StaffRounds staff;

    @Autowired
    BallotAuditSubjects subjects;

    @Autowired
    Clock clock;

    @Autowired
    DemoFixtures demo;

    BallotFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
    }

    @Test
    void aConfidenceVoteMadeOnTheFormRefusesToOpenBelowTwoThirdsPresentAsAFieldError() throws Exception {
        long ward = fixtures.vanMieu();
        var created = mvc.perform(post("/ballot-rounds")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .param("kind", "CONFIDENCE")
                        .param("title", "Lấy phiếu tín nhiệm (trang thử)")
                        .param("periodLabel", "năm 2026")
                        .param("organizationId", "" + ward)
                        .param("orderedById", "" + ward)
                        .param("scale", "Tín nhiệm cao\nTín nhiệm\nTín nhiệm thấp")
                        .param("criteria", "Mức độ tín nhiệm\n")
                        .param("questions", "")
                        .param("leaders[0].memberId", "" + fixtures.memberOf("bithu.vanmieu1"))
                        .param("leaders[0].post", "Bí thư Chi bộ")
                        .param("leaders[1].memberId", "")
                        .param("electorate[0].kind", "ORGANIZATION")
                        .param("electorate[0].organizationId", "" + ward)
                        .param("electorate[1].kind", "")
                        .param("opensAt", "2026-12-01T08:00")
                        .param("closesAt", "2026-12-31T17:00")
                        .param("minResponses", "5")
                        .param("convened", "30")
                        .param("present", "19"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        var round = rounds.get(id, BallotAccess.everything());
        assertThat(round.scale()).containsExactly("Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp");

        var fresh = page("/ballot-rounds/new?organizationId=" + ward, STAFF);
        assertThat(fresh.select("textarea#scale").text()).contains("Tốt", "Kém");
        var edit = page("/ballot-rounds/" + id + "/edit", STAFF);
        assertThat(edit.select("#title").val()).isEqualTo("Lấy phiếu tín nhiệm (trang thử)");
        assertThat(edit.select("#present").val()).isEqualTo("19");
        int stored = roundsOf(ward);
        var invalid = Jsoup.parse(mvc.perform(post("/ballot-rounds")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .param("kind", "FEEDBACK")
                        .param("organizationId", "" + ward)
                        .param("orderedById", "" + ward)
                        .param("scale", "Tốt"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(invalid.select(".error-summary a").eachAttr("href")).contains("#title", "#scale", "#criteria");
        assertThat(roundsOf(ward)).as("nothing saved").isEqualTo(stored);

        var list = page("/ballot-rounds?status=DRAFT&organizationId=" + ward, STAFF);
        assertThat(list.select("#round-" + id).text()).contains("Lấy phiếu tín nhiệm (trang thử)", "Đang chuẩn bị");

        var refused = Jsoup.parse(mvc.perform(post("/ballot-rounds/" + id + "/opening")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .param("version", "" + round.version()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#present-figure .field-error").text()).contains("hai phần ba");
        assertThat(rounds.get(id, BallotAccess.everything()).status()).isEqualTo(BallotRound.Status.DRAFT);
        assertThat(subjects.subjects(List.of("" + id)).get("" + id).name())
                .contains("Lấy phiếu tín nhiệm (trang thử)", "năm 2026");
    }

    @Test
    void resultsShowEachLeaderTheirOwnFiguresAndNothingBelowTheMinimum() throws Exception {
        var input = fixtures.input(BallotRound.Kind.FEEDBACK, 3, null, null);
        var leaders = List.of(
                new BallotInput.Leader(fixtures.memberOf("bithu.vanmieu1"), null, "Bí thư Chi bộ"),
                new BallotInput.Leader(fixtures.memberOf("dangvien.vanmieu1"), null, "Phó Bí thư"));
        var round = open(withLeaders(input, leaders));
        cast(round, 1, 1, 2);
        close(round);

        var staffView = page("/ballot-rounds/" + round.id() + "/results", STAFF);
        assertThat(staffView.select(".leader-result")).hasSize(2);
        var first = staffView.select(".leader-result").first();
        var good = first.select("tbody tr").first();
        assertThat(good.select(".count").text()).isEqualTo("2");
        assertThat(good.select(".percent").text()).isEqualTo("66,7%");
        assertThat(first.select("tbody tr").get(1).select(".percent").text()).isEqualTo("33,3%");

        var leaderView = page("/ballot-rounds/" + round.id() + "/results", "bithu.vanmieu1");
        assertThat(leaderView.select(".leader-result")).hasSize(1);
        assertThat(leaderView.select(".leader-result h2").text())
                .contains("Bí thư Chi bộ")
                .doesNotContain("Phó Bí thư");

        var few = open(fixtures.input(BallotRound.Kind.FEEDBACK, 5, null, null));
        cast(few, 1);
        close(few);
        var hidden = page("/ballot-rounds/" + few.id() + "/results", STAFF);
        assertThat(hidden.select("#no-results").text()).contains("phiếu");
        assertThat(hidden.select(".count, .percent, .leader-result")).isEmpty();

        mvc.perform(get("/ballot-rounds/" + round.id() + "/results").with(demo.signedIn("dangvien.vanmieu1")))
                .andExpect(status().isOk());
        mvc.perform(get("/ballot-rounds/" + few.id() + "/results").with(demo.signedIn("dangvien.vanmieu1")))
                .andExpect(status().isNotFound());
        int anonymous = mvc.perform(get("/ballot-rounds/" + round.id() + "/results"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(anonymous).as("never public").isIn(302, 401);
    }

    @Test
    void theNextRoundNamesAClosedPreviousRoundAndShowsTheChangeInPercentagePoints() throws Exception {
        var first = open(fixtures.input(BallotRound.Kind.FEEDBACK, 2, null, null));
        cast(first, 1, 2);
        var next = open(fixtures.input(BallotRound.Kind.FEEDBACK, 2, null, null));
        assertThat(staff.previousProblems(first.id(), first.organizationId(), next.id()))
                .extracting(e -> e.message())
                .containsExactly("ballot.staff.previous.notClosed");
        close(first);
        assertThat(staff.previousProblems(first.id(), first.organizationId(), next.id()))
                .isEmpty();
        assertThat(staff.previousProblems(first.id(), first.organizationId() + 100000, next.id()))
                .extracting(e -> e.message())
                .containsExactly("ballot.staff.previous.otherOrganization");
        mvc.perform(put("/api/v1/ballot-rounds/" + next.id() + "/previous-round")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .header("If-Match", "\"" + next.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"previousRoundId\": " + next.id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("previousRoundId"));
        mvc.perform(put("/api/v1/ballot-rounds/" + next.id() + "/previous-round")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .header("If-Match", "\"" + next.version() + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"previousRoundId\": " + first.id() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previousRoundId").value(first.id()));
        cast(next, 1, 1);
        close(next);

        var results = page("/ballot-rounds/" + next.id() + "/results", STAFF);
        var rows = results.select(".leader-result").first().select("tbody tr");
        assertThat(rows.get(0).select(".percent").text()).isEqualTo("100%");
        assertThat(rows.get(0).select(".change").text()).isEqualTo("+50 điểm phần trăm");
        assertThat(rows.get(1).select(".change").text()).isEqualTo("-50 điểm phần trăm");
        assertThat(page("/ballot-rounds/" + next.id(), STAFF)
                        .select("#previous")
                        .text())
                .contains(first.title());
    }

    private int roundsOf(long organizationId) {
        return jdbc.sql("SELECT count(*) FROM ballot_round WHERE organization_id = :o")
                .param("o", organizationId)
                .query(Integer.class)
                .single();
    }

    private BallotInput.Round withLeaders(BallotInput.Round i, List<BallotInput.Leader> leaders) {
        return new BallotInput.Round(
                i.title(),
                i.periodLabel(),
                i.kind(),
                i.organizationId(),
                i.orderedById(),
                i.planDocumentId(),
                i.campaignId(),
                i.scale(),
                i.textLimit(),
                i.opensAt(),
                i.closesAt(),
                i.minResponses(),
                i.convened(),
                i.present(),
                leaders,
                i.criteria(),
                i.questions(),
                i.electorate());
    }

    private BallotRound open(BallotInput.Round input) {
        var round = drafts.create(input, BallotFixtures.ADMIN);
        return drafts.open(round.id(), round.version(), BallotFixtures.ADMIN);
    }

    /** Casts one ballot per rating given, each rating every criterion of every leader. */
    private void cast(BallotRound round, int... ratings) throws Exception {
        var codes = fixtures.credentials(round, ratings.length);
        for (int i = 0; i < ratings.length; i++) {
            mvc.perform(post("/api/v1/ballot-rounds/" + round.id() + "/ballots")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(fixtures.body(round.id(), codes.get(i), ratings[i], "Ý kiến " + i)))
                    .andExpect(status().isNoContent());
        }
    }

    private void close(BallotRound round) {
        var now = rounds.get(round.id(), BallotAccess.everything());
        closing.close(round.id(), now.version(), BallotFixtures.ADMIN, LocalDate.now(clock));
    }

    Document page(String path, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(demo.signedIn(username)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}

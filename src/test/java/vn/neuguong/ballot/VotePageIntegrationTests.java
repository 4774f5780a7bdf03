package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.neuguong.IntegrationTest;

/**
 * The slip voter's pages as a phone shows them: the questionnaire from the slip's address or the short code, the
 * errors that keep the answers, the receipt, and a code spent once.
 */
@IntegrationTest
class VotePageIntegrationTests {

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
    Clock clock;

    @Autowired
    vn.neuguong.DemoFixtures demo;

    @Autowired
    BlindCredentials credentials;

    final BlindClient client = new BlindClient();
    BallotFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
    }

    @Test
    void showsTheQuestionnaireCastsAndAnswersOnlyThatTheBallotWasCounted() throws Exception {
        var round = fixtures.openRound(1);
        var slip = fixtures.slips(round, 1).get(0);
        var q = fixtures.questionnaire(round.id());

        var page = Jsoup.parse(mvc.perform(get("/ballot/{code}", round.code())
                        .param("c", slip.credential())
                        .cookie(new Cookie("NG_LANG", "vi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h2").text()).contains(q.leaders().get(0).fullName());
        assertThat(page.select("legend").eachText())
                .anySatisfy(t -> assertThat(t).contains("Tu dưỡng, rèn luyện đạo đức"));
        assertThat(page.select("input[type=radio]"))
                .hasSize(q.criteria().size() * q.scale().size());
        assertThat(page.select("input[name=credential]").val()).isEqualTo(slip.credential());

        mvc.perform(full(round, slip.credential(), q)).andExpect(redirectedUrl("/ballot/" + round.code() + "/counted"));
        assertThat(fixtures.buffered(round.id())).isEqualTo(1);
        var receipt = Jsoup.parse(
                mvc.perform(get("/ballot/{code}/counted", round.code()).cookie(new Cookie("NG_LANG", "vi")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(receipt.select("main").text())
                .contains("Phiếu của bạn đã được ghi nhận")
                .doesNotContain(slip.credential())
                .doesNotContain(q.leaders().get(0).fullName());

        var again = Jsoup.parse(mvc.perform(full(round, slip.credential(), q).cookie(new Cookie("NG_LANG", "en")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again.select("[role=alert]").text()).contains("already been used");
        assertThat(fixtures.buffered(round.id())).isEqualTo(1);
    }

    @Test
    void aMissingRequiredCriterionIsNamedAndTheAnswersEnteredStay() throws Exception {
        var round = fixtures.openRound(1);
        var slip = fixtures.slips(round, 1).get(0);
        var q = fixtures.questionnaire(round.id());
        var leader = q.leaders().get(0);
        var first = q.criteria().get(0);
        var second = q.criteria().get(1);

        var page = Jsoup.parse(mvc.perform(post("/ballot/{code}", round.code())
                        .cookie(new Cookie("NG_LANG", "vi"))
                        .param("credential", slip.credential())
                        .param("r-" + leader.id() + "-" + first.id(), "2")
                        .param("t-" + leader.id() + "-" + q.questions().get(0).id(), "Gương mẫu <b>"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("[role=alert]").text())
                .contains("Phiếu của bạn chưa được ghi nhận")
                .contains(second.text())
                .contains(leader.fullName());
        assertThat(page.select("input[name=r-" + leader.id() + "-" + first.id() + "][checked]")
                        .val())
                .isEqualTo("2");
        assertThat(page.select("textarea").text()).isEqualTo("Gương mẫu <b>");
        assertThat(fixtures.buffered(round.id())).isZero();
    }

    @Test
    void theShortCodeFormOpensTheBallotAndAnUnknownRoundIsNotFound() throws Exception {
        var round = fixtures.openRound(1);
        var page = Jsoup.parse(mvc.perform(get("/ballot/{code}", round.code()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("form[method=post][action=/ballot/" + round.code() + "/slip] input[name=c]"))
                .hasSize(1);
        assertThat(page.select("script[src=/js/ballot-slip.js]")).hasSize(1);

        // the slip's QR code carries its code in the fragment, which no request line (and no access log) holds
        var slip = fixtures.slips(round, 1).get(0);
        assertThat(SlipSheet.address("https://neuguong.example", round, slip.credential()))
                .isEqualTo("https://neuguong.example/ballot/" + round.code() + "#c=" + slip.credential());
        var questionnaire = Jsoup.parse(
                mvc.perform(post("/ballot/{code}/slip", round.code()).param("c", slip.credential()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(questionnaire.select("input[name=credential]").val()).isEqualTo(slip.credential());
        assertThat(questionnaire.select("form[data-ballot-vote] fieldset")).isNotEmpty();
        mvc.perform(post("/ballot/{code}/slip", "no-such-round").param("c", slip.credential()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ballot/{code}", "no-such-round")).andExpect(status().isNotFound());
        var draft = drafts.create(fixtures.input(BallotRound.Kind.FEEDBACK, 1, null, null), BallotFixtures.ADMIN);
        mvc.perform(get("/ballot/{code}", draft.code())).andExpect(status().isNotFound());
    }

    @Test
    void aVoterOnTheRollGetsACredentialRemotelyAndCastsItWithoutTheSession() throws Exception {
        var round = fixtures.openRoundOf("dangvien.vanmieu1");
        var q = fixtures.questionnaire(round.id());
        var page = Jsoup.parse(mvc.perform(get("/ballot/{code}/remote", round.code())
                        .with(demo.signedIn("dangvien.vanmieu1"))
                        .cookie(new Cookie("NG_LANG", "vi")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("[data-ballot-credential]").attr("data-round")).isEqualTo("" + round.id());
        assertThat(page.select("form[data-ballot-vote]").attr("action")).isEqualTo("/ballot/" + round.code());
        assertThat(page.select("h2").eachText())
                .anySatisfy(t -> assertThat(t).contains(q.leaders().get(0).fullName()));
        mvc.perform(get("/ballot/{code}/remote", round.code()).with(demo.signedIn("bithu.vanmieu1")))
                .andExpect(status().isNotFound());

        var key = credentials.publicKey(round.id()).publicKey();
        byte[] prepared = client.prepare(new byte[32]);
        var blinded = client.blind(key, prepared);
        var answer = mvc.perform(
                        post("/ballot-rounds/{id}/credential", round.id())
                                .with(demo.signedIn("dangvien.vanmieu1"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content("{\"blindedMessage\":\"" + url(blinded.blindedMessage()) + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String blindSignature = answer.replaceAll(".*\"blindSignature\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        byte[] signature =
                client.finalize(key, java.util.Base64.getUrlDecoder().decode(blindSignature), blinded.inverse());
        String credential = url(prepared) + "." + url(signature);

        mvc.perform(full(round, credential, q)).andExpect(redirectedUrl("/ballot/" + round.code() + "/counted"));
        assertThat(fixtures.buffered(round.id())).isEqualTo(1);
        var again = Jsoup.parse(mvc.perform(full(round, credential, q).cookie(new Cookie("NG_LANG", "en")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again.select("[role=alert]").text()).contains("Your ballot has not been counted");
        assertThat(fixtures.buffered(round.id())).isEqualTo(1);
    }

    private static String url(byte[] bytes) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private MockHttpServletRequestBuilder full(BallotRound round, String credential, BallotViews.Questionnaire q) {
        var request = post("/ballot/{code}", round.code()).param("credential", credential);
        for (var leader : q.leaders()) {
            for (var criterion : q.criteria()) {
                request.param("r-" + leader.id() + "-" + criterion.id(), "1");
            }
        }
        return request;
    }
}

package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * The remote path keeps the promise of the slips: the voter's mark ("credential issued") and the ballot are written
 * in different transactions, the spent credential shares its transaction with the ballot only, and nothing the
 * application logs while issuing and casting names the credential, its blinded form, its signature or the voter.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RemoteSecrecyIntegrationTests {

    static final String VOTER = "dangvien.vanmieu1";

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
    DemoFixtures demo;

    @Autowired
    BlindCredentials credentials;

    final BlindClient client = new BlindClient();

    @Test
    void theVotersMarkAndTheBallotShareNoTransactionAndTheLogNamesNeither(CapturedOutput output) throws Exception {
        var fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
        var round = fixtures.openRoundOf(VOTER);
        var q = fixtures.questionnaire(round.id());
        int out = output.getOut().length();
        int err = output.getErr().length();

        var key = credentials.publicKey(round.id()).publicKey();
        byte[] prepared = client.prepare(new byte[32]);
        var blinded = client.blind(key, prepared);
        String blindedText = url(blinded.blindedMessage());
        String answer = mvc.perform(post("/ballot-rounds/{id}/credential", round.id())
                        .with(demo.signedIn(VOTER))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"blindedMessage\":\"" + blindedText + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String blindSignature = answer.replaceAll(".*\"blindSignature\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        byte[] signature = client.finalize(key, Base64.getUrlDecoder().decode(blindSignature), blinded.inverse());
        String credential = url(prepared) + "." + url(signature);

        var cast = post("/ballot/{code}", round.code()).param("credential", credential);
        for (var leader : q.leaders()) {
            for (var criterion : q.criteria()) {
                cast.param("r-" + leader.id() + "-" + criterion.id(), "1");
            }
        }
        mvc.perform(cast).andExpect(redirectedUrl("/ballot/" + round.code() + "/counted"));
        String logged = output.getOut().substring(out) + output.getErr().substring(err);

        List<String> voterXmin = xmins("ballot_voter", round.id());
        List<String> spentXmin = xmins("ballot_spent", round.id());
        List<String> bufferXmin = xmins("ballot_buffer", round.id());
        assertThat(jdbc.sql("SELECT status FROM ballot_voter WHERE round_id = :r")
                        .param("r", round.id())
                        .query(String.class)
                        .list())
                .containsExactly("CREDENTIAL_ISSUED");
        assertThat(voterXmin).hasSize(1);
        assertThat(spentXmin).hasSize(1);
        assertThat(bufferXmin).hasSize(1);
        // the spent credential and the ballot: one transaction, the cast; the voter's mark: another, the issuing
        assertThat(spentXmin).isEqualTo(bufferXmin);
        assertThat(voterXmin).doesNotContainAnyElementsOf(bufferXmin);

        assertThat(logged)
                .doesNotContain(url(prepared))
                .doesNotContain(url(signature))
                .doesNotContain(blindedText)
                .doesNotContain(blindSignature)
                .doesNotContain(VOTER);
    }

    private List<String> xmins(String table, long roundId) {
        return jdbc.sql("SELECT DISTINCT xmin::text FROM " + table + " WHERE round_id = :r")
                .param("r", roundId)
                .query(String.class)
                .list();
    }

    private static String url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

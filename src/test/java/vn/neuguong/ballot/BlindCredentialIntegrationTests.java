package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.ActorPrincipal;

/**
 * The issuing endpoints as a voter's page calls them: the round's key, one blind signature per voter on the roll
 * (marked in the same request), and what is refused with nothing marked.
 */
@IntegrationTest
class BlindCredentialIntegrationTests {

    static final String VOTER = "dangvien.vanmieu1";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    RoundKeys keys;

    @Autowired
    JdbcCredentialRoll roll;

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
    BlindCredentials credentials;

    final BlindClient client = new BlindClient();

    @Test
    void issuesOneBlindSignatureThatUnblindsToACredentialOfTheRound() throws Exception {
        long round = roundWithVoter();
        var key = publishedKey(round);
        byte[] prepared = client.prepare(randomBytes(32));
        var blinded = client.blind(key, prepared);

        var answer = mvc.perform(issue(round, blinded.blindedMessage()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();

        byte[] blindSignature = Base64.getUrlDecoder()
                .decode(JSON.readTree(answer.getResponse().getContentAsString())
                        .get("blindSignature")
                        .asString());
        byte[] signature = client.finalize(key, blindSignature, blinded.inverse());
        var credential = BlindCredential.parse(
                Base64.getUrlEncoder().withoutPadding().encodeToString(prepared) + "."
                        + Base64.getUrlEncoder().withoutPadding().encodeToString(signature),
                "credential");
        assertThat(credentials.genuine(round, credential)).isTrue();
        assertThat(credentials.genuine(roundWithVoter(), credential)).isFalse();
        assertThat(roll.issued(round, voterAccount())).isTrue();
    }

    @Test
    void answersTheRoundsKeyAsJwkAndSpkiOfTheSameModulus() throws Exception {
        long round = roundWithVoter();
        var node = JSON.readTree(
                mvc.perform(get("/ballot-rounds/{id}/credential-key", round).with(demo.signedIn(VOTER)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.variant").value("RSABSSA-SHA384-PSS-Randomized"))
                        .andExpect(jsonPath("$.jwk.kty").value("RSA"))
                        .andExpect(jsonPath("$.jwk.alg").value("PS384"))
                        .andExpect(jsonPath("$.jwk.d").doesNotExist())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        var spki = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(
                        Base64.getDecoder().decode(node.get("spki").asString())));
        assertThat(spki.getModulus()).isEqualTo(jwkKey(node.get("jwk")).getModulus());
        assertThat(spki).isEqualTo(keys.find(round).orElseThrow().publicKey());
    }

    @Test
    void refusesASecondCredentialToTheSameVoter() throws Exception {
        long round = roundWithVoter();
        var key = publishedKey(round);
        mvc.perform(issue(
                                round,
                                client.blind(key, client.prepare(randomBytes(32)))
                                        .blindedMessage())
                        .with(csrf()))
                .andExpect(status().isOk());

        mvc.perform(issue(
                                round,
                                client.blind(key, client.prepare(randomBytes(32)))
                                        .blindedMessage())
                        .with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("NG_LANG", "en")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("You have already received")));
    }

    @Test
    void issuesExactlyOneOfManyParallelRequestsOfOneVoter() throws Exception {
        long round = roundWithVoter();
        var key = publishedKey(round);
        var requests = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 8; i++) {
            byte[] blinded = client.blind(key, client.prepare(randomBytes(32))).blindedMessage();
            requests.add(() -> mvc.perform(issue(round, blinded).with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus());
        }
        var statuses = new ArrayList<Integer>();
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (var outcome : pool.invokeAll(requests)) {
                statuses.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
    }

    @Test
    void refusesAVoterOffTheRollLikeARoundThatDoesNotExist() throws Exception {
        long round = fixtures().openRoundOf(VOTER).id();
        var blinded = client.blind(publishedKey(round), client.prepare(randomBytes(32)));

        mvc.perform(post("/ballot-rounds/{id}/credential", round)
                        .with(demo.signedIn("bithu.vanmieu1"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(blinded.blindedMessage())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ballot-rounds/{id}/credential-key", Long.MAX_VALUE).with(demo.signedIn(VOTER)))
                .andExpect(status().isNotFound());
        assertThat(roll.issued(round, account("bithu.vanmieu1"))).isFalse();
    }

    @Test
    void refusesARequestWithoutTheCsrfTokenOrASessionAndMarksNobody() throws Exception {
        long round = roundWithVoter();
        byte[] blinded = client.blind(publishedKey(round), client.prepare(randomBytes(32)))
                .blindedMessage();

        mvc.perform(issue(round, blinded)).andExpect(status().isForbidden());
        mvc.perform(post("/ballot-rounds/{id}/credential", round)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(blinded)))
                .andExpect(status().isUnauthorized());
        assertThat(roll.issued(round, voterAccount())).isFalse();
    }

    @Test
    void refusesAMalformedBlindedMessageNamingTheFieldAndMarksNobody() throws Exception {
        long round = roundWithVoter();
        var key = publishedKey(round);
        int length = BlindSignatures.modulusLength(key.getModulus());

        for (String bad : new String[] {
            "not base64!", Base64.getUrlEncoder().encodeToString(new byte[length - 1]), tooLarge(length), ""
        }) {
            mvc.perform(post("/ballot-rounds/{id}/credential", round)
                            .with(demo.signedIn(VOTER))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"blindedMessage\":\"" + bad + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("blindedMessage"));
        }
        assertThat(roll.issued(round, voterAccount())).isFalse();
    }

    @Test
    void refusesToIssueOnceTheRoundsKeyIsRetired() throws Exception {
        long round = roundWithVoter();
        byte[] blinded = client.blind(publishedKey(round), client.prepare(randomBytes(32)))
                .blindedMessage();
        keys.retire(round);

        mvc.perform(issue(round, blinded).with(csrf()).cookie(new jakarta.servlet.http.Cookie("NG_LANG", "vi")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Đợt lấy ý kiến này hiện không cấp thẻ bỏ phiếu."));
        assertThat(roll.issued(round, voterAccount())).isFalse();
    }

    /** An open round of phường Văn Miếu, whose members (the voter among them) are its electorate. */
    private long roundWithVoter() {
        return fixtures().openRound(1).id();
    }

    private BallotFixtures fixtures() {
        return new BallotFixtures(jdbc, drafts, slips, rounds, clock);
    }

    private long voterAccount() {
        return account(VOTER);
    }

    private long account(String username) {
        return ((ActorPrincipal) demo.account(username)).actor().memberId();
    }

    private RSAPublicKey publishedKey(long round) throws Exception {
        var answer = mvc.perform(
                        get("/ballot-rounds/{id}/credential-key", round).with(demo.signedIn(VOTER)))
                .andExpect(status().isOk())
                .andReturn();
        return jwkKey(JSON.readTree(answer.getResponse().getContentAsString()).get("jwk"));
    }

    private MockHttpServletRequestBuilder issue(long round, byte[] blindedMessage) {
        return post("/ballot-rounds/{id}/credential", round)
                .with(demo.signedIn(VOTER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(blindedMessage));
    }

    private static String body(byte[] blindedMessage) {
        return "{\"blindedMessage\":\""
                + Base64.getUrlEncoder().withoutPadding().encodeToString(blindedMessage) + "\"}";
    }

    private static String tooLarge(int length) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) 0xff);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static RSAPublicKey jwkKey(JsonNode jwk) throws Exception {
        var decoder = Base64.getUrlDecoder();
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(
                        new BigInteger(1, decoder.decode(jwk.get("n").asString())),
                        new BigInteger(1, decoder.decode(jwk.get("e").asString()))));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }
}

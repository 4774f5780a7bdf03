package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.Role;

/**
 * The rounds' keys and rolls in the database: what one node (or one start) made, another reads; a retired key
 * verifies and does not sign; a wrong secret is an error, not a new key; one credential per voter.
 */
@IntegrationTest
class RoundKeysIntegrationTests {

    static final String SECRET = "a ballot key secret of the tests, long enough";

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
    Clock clock;

    @Autowired
    JdbcCredentialRoll roll;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Receipts receipts;

    final BlindSignatures signatures = new BlindSignatures();
    final BlindClient client = new BlindClient();
    BallotFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
    }

    @Test
    void aSecondInstanceWithTheSameSecretReadsTheSameKeyAndSignsWithIt() {
        long round = fixtures.openRound(1).id();
        var first = new JdbcRoundKeys(jdbc, new KeySeal(SECRET));
        var made = first.create(round);

        var restarted = new JdbcRoundKeys(jdbc, new KeySeal(SECRET));
        var read = restarted.find(round).orElseThrow();
        assertThat(read.publicKey()).isEqualTo(made.publicKey());
        assertThat(read.privateKey()).isEqualTo(made.privateKey());
        assertThat(restarted.create(round).publicKey()).isEqualTo(made.publicKey());

        byte[] prepared = client.prepare(new byte[32]);
        var blinded = client.blind(made.publicKey(), prepared);
        byte[] signature = client.finalize(
                made.publicKey(),
                signatures.blindSign(read.signing().orElseThrow(), blinded.blindedMessage()),
                blinded.inverse());
        assertThat(signatures.verify(made.publicKey(), prepared, signature)).isTrue();
        byte[] sealed = jdbc.sql("SELECT sealed_private FROM ballot_round_key WHERE round_id = :r")
                .param("r", round)
                .query(byte[].class)
                .single();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(made.privateKey().getEncoded(), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .substring(40, 72));
    }

    @Test
    void aWrongSecretIsAClearErrorAndLeavesTheKeyAsItWas() {
        long round = fixtures.openRound(1).id();
        var made = new JdbcRoundKeys(jdbc, new KeySeal(SECRET)).create(round);
        var wrong = new JdbcRoundKeys(jdbc, new KeySeal("another secret, not the one the key was sealed with"));

        assertThatThrownBy(() -> wrong.find(round))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neuguong.ballot.key-secret")
                .hasMessageContaining("NEUGUONG_BALLOT_KEY_SECRET");
        assertThatThrownBy(() -> wrong.create(round)).isInstanceOf(IllegalStateException.class);
        assertThat(new JdbcRoundKeys(jdbc, new KeySeal(SECRET))
                        .find(round)
                        .orElseThrow()
                        .publicKey())
                .isEqualTo(made.publicKey());
    }

    @Test
    void aRetiredKeyVerifiesButDoesNotSignAndClosingRetiresIt() {
        var open = fixtures.openRound(1);
        var keys = new JdbcRoundKeys(jdbc, new KeySeal(SECRET));
        var key = keys.create(open.id());
        byte[] prepared = client.prepare(new byte[32]);
        var blinded = client.blind(key.publicKey(), prepared);
        byte[] signature = client.finalize(
                key.publicKey(), signatures.blindSign(key.privateKey(), blinded.blindedMessage()), blinded.inverse());

        closing.close(
                open.id(), rounds.find(open.id()).orElseThrow().version(), BallotFixtures.ADMIN, LocalDate.now(clock));

        var retired = keys.find(open.id()).orElseThrow();
        assertThat(retired.signing()).isEmpty();
        assertThat(signatures.verify(retired.publicKey(), prepared, signature)).isTrue();
        assertThat(jdbc.sql("SELECT sealed_private IS NULL FROM ballot_round_key WHERE round_id = :r")
                        .param("r", open.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(admit(open.id(), voter("dangvien.vanmieu1"))).isEqualTo(CredentialRoll.Admission.NOT_ISSUING);
    }

    @Test
    void admitsExactlyOneOfParallelRequestsOfOneVoter() throws Exception {
        long round = fixtures.openRound(1).id();
        var voter = voter("dangvien.vanmieu1");
        var requests = new ArrayList<Callable<CredentialRoll.Admission>>();
        for (int i = 0; i < 6; i++) {
            requests.add(() -> transaction.execute(s -> roll.admit(round, voter)));
        }
        var outcomes = new ArrayList<CredentialRoll.Admission>();
        var pool = Executors.newFixedThreadPool(6);
        try {
            for (var outcome : pool.invokeAll(requests)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outcomes)
                .containsOnlyOnce(CredentialRoll.Admission.ADMITTED)
                .containsOnly(CredentialRoll.Admission.ADMITTED, CredentialRoll.Admission.ALREADY_ISSUED);
        assertThat(jdbc.sql("SELECT status FROM ballot_voter WHERE round_id = :r AND member_id = :m")
                        .param("r", round)
                        .param("m", voter.memberId())
                        .query(String.class)
                        .list())
                .containsExactly("CREDENTIAL_ISSUED");
    }

    @Test
    void refusesAVoterWhoReceivedASlipAndOneOffTheRoll() {
        var round = fixtures.openRoundOf("dangvien.vanmieu1");
        jdbc.sql("INSERT INTO ballot_voter (round_id, member_id, status) VALUES (:r, :m, 'SLIP_RECEIVED')")
                .param("r", round.id())
                .param("m", fixtures.memberOf("dangvien.vanmieu1"))
                .update();

        assertThat(admit(round.id(), voter("dangvien.vanmieu1"))).isEqualTo(CredentialRoll.Admission.ALREADY_ISSUED);
        assertThat(admit(round.id(), voter("bithu.vanmieu1"))).isEqualTo(CredentialRoll.Admission.NOT_ON_ROLL);
        assertThat(admit(Long.MAX_VALUE, voter("dangvien.vanmieu1"))).isEqualTo(CredentialRoll.Admission.NOT_ON_ROLL);
        assertThat(roll.issued(round.id(), fixtures.memberOf("bithu.vanmieu1"))).isFalse();
    }

    @Test
    void theCountingOfficerTakingBackASlipLeavesACredentialsMarkWhereItIs() {
        var round = fixtures.openRoundOf("dangvien.vanmieu1");
        long member = fixtures.memberOf("dangvien.vanmieu1");
        assertThat(admit(round.id(), voter("dangvien.vanmieu1"))).isEqualTo(CredentialRoll.Admission.ADMITTED);

        var untick = new BallotInput.Receipts(java.util.List.of(member), false);
        assertThat(receipts.tick(round.id(), untick, Receipts.Handed.SLIP, BallotFixtures.ADMIN))
                .isZero();
        var tick = new BallotInput.Receipts(java.util.List.of(member), true);
        assertThatThrownBy(() -> receipts.tick(round.id(), tick, Receipts.Handed.SLIP, BallotFixtures.ADMIN))
                .isInstanceOfSatisfying(
                        vn.neuguong.shared.InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(vn.neuguong.shared.InvalidInputException.FieldError::field)
                                .containsExactly("memberIds[0]"));
        assertThat(admit(round.id(), voter("dangvien.vanmieu1"))).isEqualTo(CredentialRoll.Admission.ALREADY_ISSUED);
        var listed = receipts.voters(
                        round.id(), BallotFixtures.ADMIN, vn.neuguong.shared.PageRequest.of(1, 50, 50, 500))
                .items();
        assertThat(listed).singleElement().satisfies(v -> {
            assertThat(v.slipReceived()).isFalse();
            assertThat(v.otherReceived()).isTrue();
        });
    }

    private CredentialRoll.Admission admit(long round, Actor voter) {
        return transaction.execute(s -> roll.admit(round, voter));
    }

    private Actor voter(String username) {
        long account = jdbc.sql("SELECT id FROM account WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
        return new Actor(
                account,
                username,
                username,
                java.util.Set.of(Role.MEMBER),
                java.util.List.of(),
                java.util.List.of(),
                fixtures.memberOf(username));
    }
}

package vn.neuguong.ballot;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.Role;

/**
 * Rounds of the tests' own in phường Văn Miếu: the secretary of cell no. 1 (bithu.vanmieu1) assessed, the ward's
 * members voting, two criteria on a four-level scale and one question.
 */
class BallotFixtures {

    static final Actor ADMIN = new Actor(0, "test", "Test", Set.of(Role.ADMIN), List.of(), List.of(), null);

    private final JdbcClient jdbc;
    private final RoundDrafts drafts;
    private final Slips slips;
    private final BallotRounds rounds;
    private final Clock clock;

    BallotFixtures(JdbcClient jdbc, RoundDrafts drafts, Slips slips, BallotRounds rounds, Clock clock) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.slips = slips;
        this.rounds = rounds;
        this.clock = clock;
    }

    long vanMieu() {
        return jdbc.sql("SELECT id FROM organization WHERE name = 'Đảng ủy phường Văn Miếu' AND closed_on IS NULL")
                .query(Long.class)
                .single();
    }

    long memberOf(String username) {
        return jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    BallotInput.Round input(BallotRound.Kind kind, int minResponses, Integer convened, Integer present) {
        var now = OffsetDateTime.now(clock);
        long ward = vanMieu();
        return new BallotInput.Round(
                "Lấy ý kiến góp ý người đứng đầu (kiểm thử)",
                "đợt I năm 2026",
                kind,
                ward,
                ward,
                null,
                null,
                List.of("Tốt", "Khá", "Trung bình", "Kém"),
                200,
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(2)),
                minResponses,
                convened,
                present,
                List.of(new BallotInput.Leader(memberOf("bithu.vanmieu1"), null, "Bí thư Chi bộ")),
                List.of(
                        new BallotInput.Criterion("Tu dưỡng, rèn luyện đạo đức", true),
                        new BallotInput.Criterion("Trách nhiệm nêu gương", true)),
                List.of(new BallotInput.Question("Ưu điểm")),
                List.of(
                        new BallotInput.Electorate(
                                BallotInput.ElectorateKind.ORGANIZATION, ward, null, null, null, null),
                        new BallotInput.Electorate(
                                BallotInput.ElectorateKind.GUEST, null, null, null, "Tổ trưởng tổ dân phố", 3)));
    }

    /** A feedback round, open now, with its minimum of responses. */
    BallotRound openRound(int minResponses) {
        var round = drafts.create(input(BallotRound.Kind.FEEDBACK, minResponses, null, null), ADMIN);
        return drafts.open(round.id(), round.version(), ADMIN);
    }

    List<String> credentials(BallotRound round, int count) {
        var codes = new ArrayList<String>();
        slips.issue(round.id(), count, ADMIN).forEach(s -> codes.add(s.credential()));
        return codes;
    }

    List<Credentials.Slip> slips(BallotRound round, int count) {
        return slips.issue(round.id(), count, ADMIN);
    }

    BallotViews.Questionnaire questionnaire(long roundId) {
        return rounds.questionnaire(rounds.find(roundId).orElseThrow());
    }

    /** A full ballot: every criterion rated {@code rating} for every leader, and a text. */
    String body(long roundId, String credential, int rating, String text) {
        var q = questionnaire(roundId);
        var ratings = new ArrayList<String>();
        var texts = new ArrayList<String>();
        for (var leader : q.leaders()) {
            for (var criterion : q.criteria()) {
                ratings.add("{\"leaderId\": %d, \"criterionId\": %d, \"rating\": %d}"
                        .formatted(leader.id(), criterion.id(), rating));
            }
            for (var question : q.questions()) {
                texts.add("{\"leaderId\": %d, \"questionId\": %d, \"text\": \"%s\"}"
                        .formatted(leader.id(), question.id(), text));
            }
        }
        return "{\"credential\": \"%s\", \"answers\": {\"ratings\": [%s], \"texts\": [%s]}}"
                .formatted(credential, String.join(",", ratings), String.join(",", texts));
    }

    int buffered(long roundId) {
        return jdbc.sql("SELECT count(*) FROM ballot_buffer WHERE round_id = :r")
                .param("r", roundId)
                .query(Integer.class)
                .single();
    }

    int consumed(long roundId) {
        return jdbc.sql("SELECT count(*) FROM ballot_credential WHERE round_id = :r AND consumed")
                .param("r", roundId)
                .query(Integer.class)
                .single();
    }

    /** An open feedback round whose electorate is the one member named: the other members are not on its roll. */
    BallotRound openRoundOf(String username) {
        var base = input(BallotRound.Kind.FEEDBACK, 1, null, null);
        var only = new BallotInput.Round(
                base.title(),
                base.periodLabel(),
                base.kind(),
                base.organizationId(),
                base.orderedById(),
                null,
                null,
                base.scale(),
                base.textLimit(),
                base.opensAt(),
                base.closesAt(),
                base.minResponses(),
                null,
                null,
                base.leaders(),
                base.criteria(),
                base.questions(),
                List.of(new BallotInput.Electorate(
                        BallotInput.ElectorateKind.MEMBER, null, null, memberOf(username), null, null)));
        var round = drafts.create(only, ADMIN);
        return drafts.open(round.id(), round.version(), ADMIN);
    }
}

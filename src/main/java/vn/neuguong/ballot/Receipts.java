package vn.neuguong.ballot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * The counting officers' list of the electorate: who received a slip or a paper ballot (ballot_voter SLIP_RECEIVED,
 * PAPER_RECEIVED), never which one and never when. The voter's one row per round is the rule: one who received a
 * slip, a paper ballot or a remote credential cannot be given another. A tick is an administrative act and audited;
 * what the voter then cast is not.
 */
@Component
class Receipts {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    /** What the counting officers hand out, with the mark it leaves and the error for a voter who has another. */
    enum Handed {
        SLIP("SLIP_RECEIVED", "ballot.slip.otherReceived", "slipReceived"),
        PAPER("PAPER_RECEIVED", "ballot.paper.electronicReceived", "paperReceived");

        final String status;
        final String otherReceived;
        final String audited;

        Handed(String status, String otherReceived, String audited) {
            this.status = status;
            this.otherReceived = otherReceived;
            this.audited = audited;
        }
    }

    /** A member of the electorate: received this, or another thing (a slip, a paper, a credential), or nothing. */
    record Entry(long memberId, String fullName, String cell, boolean received, boolean otherReceived) {}

    private final JdbcClient jdbc;
    private final BallotRounds rounds;
    private final AuditLog audit;

    Receipts(JdbcClient jdbc, BallotRounds rounds, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.audit = audit;
    }

    /** The slips' checklist. */
    Page<BallotViews.Voter> voters(long roundId, Actor actor, PageRequest request) {
        return electorate(roundId, Handed.SLIP, actor, request)
                .map(e -> new BallotViews.Voter(e.memberId(), e.fullName(), e.cell(), e.received(), e.otherReceived()));
    }

    /** The paper ballots' checklist. */
    Page<BallotViews.PaperVoter> paperVoters(long roundId, Actor actor, PageRequest request) {
        return electorate(roundId, Handed.PAPER, actor, request)
                .map(e -> new BallotViews.PaperVoter(
                        e.memberId(), e.fullName(), e.cell(), e.received(), e.otherReceived()));
    }

    private Page<Entry> electorate(long roundId, Handed handed, Actor actor, PageRequest request) {
        var round = rounds.get(roundId, BallotAccess.of(actor));
        var day = Electorates.day(round);
        long total = jdbc.sql("SELECT count(*) FROM (" + Electorates.members() + ") x")
                .param("r", roundId)
                .param("day", day)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT x.id AS member_id, " + MemberSql.fullName("x.id") + " AS full_name, "
                        + TreeSql.name(MemberSql.cellOf("x.id")) + " AS cell, coalesce(v.status = :status, false)"
                        + " AS received, coalesce(v.status <> :status, false) AS other_received FROM ("
                        + Electorates.members() + ") x LEFT JOIN ballot_voter v ON v.round_id = :r AND v.member_id"
                        + " = x.id ORDER BY " + MemberSql.fullName("x.id") + " COLLATE vi_icu, x.id"
                        + request.limitOffset())
                .param("r", roundId)
                .param("day", day)
                .param("status", handed.status)
                .query(Entry.class)
                .list();
        return Page.of(items, request, total);
    }

    /**
     * Ticks (or unticks) the members; each must belong to the electorate and, to be ticked, must not have received
     * another thing. Unticking takes back this thing's mark only: never another's, which would let that voter receive
     * a second ballot. All or nothing; answers how many changed.
     */
    @Transactional
    int tick(long roundId, BallotInput.Receipts receipts, Handed handed, Actor actor) {
        var round = lockOpenOrDraft(roundId, actor);
        var ids = receipts.memberIds();
        var listed = ids.isEmpty() ? List.of(-1L) : ids;
        var inElectorate = jdbc.sql("SELECT x.id FROM (" + Electorates.members() + ") x WHERE x.id IN (:ids)")
                .param("r", roundId)
                .param("day", Electorates.day(round))
                .param("ids", listed)
                .query(Long.class)
                .set();
        var other = jdbc.sql("SELECT member_id FROM ballot_voter WHERE round_id = :r AND member_id IN (:ids)"
                        + " AND status <> :status")
                .param("r", roundId)
                .param("ids", listed)
                .param("status", handed.status)
                .query(Long.class)
                .set();
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < ids.size(); i++) {
            if (!inElectorate.contains(ids.get(i))) {
                errors.add(new FieldError("memberIds[" + i + "]", "ballot.voter.notInElectorate"));
            } else if (receipts.received() && other.contains(ids.get(i))) {
                errors.add(new FieldError("memberIds[" + i + "]", handed.otherReceived));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        int changed = receipts.received()
                ? jdbc.sql("INSERT INTO ballot_voter (round_id, member_id, status) SELECT :r, x, :status FROM"
                                + " unnest(CAST(ARRAY[:ids] AS bigint[])) x ON CONFLICT DO NOTHING")
                        .param("r", roundId)
                        .param("ids", ids)
                        .param("status", handed.status)
                        .update()
                : jdbc.sql("DELETE FROM ballot_voter WHERE round_id = :r AND member_id IN (:ids) AND status = :status")
                        .param("r", roundId)
                        .param("ids", ids)
                        .param("status", handed.status)
                        .update();
        audit.updated(
                "BallotRound",
                roundId,
                round.organizationId(),
                null,
                Map.of(handed.audited, receipts.received(), "memberIds", ids));
        return changed;
    }

    /**
     * The bulk tick at a conference where everyone votes the same way: every member of the electorate who has
     * received nothing yet is ticked. Answers how many were ticked.
     */
    @Transactional
    int tickEveryoneElse(long roundId, Handed handed, Actor actor) {
        var round = lockOpenOrDraft(roundId, actor);
        int changed = jdbc.sql("INSERT INTO ballot_voter (round_id, member_id, status) SELECT :r, x.id, :status"
                        + " FROM (" + Electorates.members() + ") x ON CONFLICT DO NOTHING")
                .param("r", roundId)
                .param("day", Electorates.day(round))
                .param("status", handed.status)
                .update();
        audit.updated("BallotRound", roundId, round.organizationId(), null, Map.of(handed.audited + "ByAll", changed));
        return changed;
    }

    private BallotRound lockOpenOrDraft(long roundId, Actor actor) {
        var round = rounds.lock(roundId, BallotAccess.of(actor));
        if (round.status() == BallotRound.Status.CLOSED) {
            throw new ConflictException("ballot.status.closed");
        }
        return round;
    }
}

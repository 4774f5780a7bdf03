package vn.neuguong.ballot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.ballot.BallotViews.Voter;
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
 * The counting officer's list of the electorate: who received a slip (status SLIP_RECEIVED), never which slip and
 * never when. A tick is an administrative act and audited; what the voter then cast is not.
 */
@Component
class Receipts {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    private final JdbcClient jdbc;
    private final BallotRounds rounds;
    private final AuditLog audit;

    Receipts(JdbcClient jdbc, BallotRounds rounds, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.audit = audit;
    }

    Page<Voter> voters(long roundId, Actor actor, PageRequest request) {
        var round = rounds.get(roundId, BallotAccess.of(actor));
        var day = Electorates.day(round);
        long total = jdbc.sql("SELECT count(*) FROM (" + Electorates.members() + ") x")
                .param("r", roundId)
                .param("day", day)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT x.id AS member_id, " + MemberSql.fullName("x.id") + " AS full_name, "
                        + TreeSql.name(MemberSql.cellOf("x.id")) + " AS cell, coalesce(v.status = 'SLIP_RECEIVED',"
                        + " false) AS slip_received, coalesce(v.status <> 'SLIP_RECEIVED', false) AS other_received"
                        + " FROM (" + Electorates.members() + ") x LEFT JOIN ballot_voter v ON v.round_id = :r AND"
                        + " v.member_id = x.id ORDER BY " + MemberSql.fullName("x.id") + " COLLATE vi_icu, x.id"
                        + request.limitOffset())
                .param("r", roundId)
                .param("day", day)
                .query(Voter.class)
                .list();
        return Page.of(items, request, total);
    }

    /**
     * Ticks (or unticks) the members; each must belong to the electorate and, to be ticked, must not have received a
     * paper ballot or a remote credential. Unticking takes back a slip's mark only: never another's, which would let
     * that voter receive a second ballot. Answers how many changed.
     */
    @Transactional
    int tick(long roundId, BallotInput.Receipts receipts, Actor actor) {
        var round = rounds.lock(roundId, BallotAccess.of(actor));
        if (round.status() == BallotRound.Status.CLOSED) {
            throw new ConflictException("ballot.status.closed");
        }
        var ids = receipts.memberIds();
        var inElectorate = jdbc.sql("SELECT x.id FROM (" + Electorates.members() + ") x WHERE x.id IN (:ids)")
                .param("r", roundId)
                .param("day", Electorates.day(round))
                .param("ids", ids.isEmpty() ? List.of(-1L) : ids)
                .query(Long.class)
                .set();
        var other = jdbc.sql("SELECT member_id FROM ballot_voter WHERE round_id = :r AND member_id IN (:ids)"
                        + " AND status <> 'SLIP_RECEIVED'")
                .param("r", roundId)
                .param("ids", ids.isEmpty() ? List.of(-1L) : ids)
                .query(Long.class)
                .set();
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < ids.size(); i++) {
            if (!inElectorate.contains(ids.get(i))) {
                errors.add(new FieldError("memberIds[" + i + "]", "ballot.voter.notInElectorate"));
            } else if (receipts.received() && other.contains(ids.get(i))) {
                errors.add(new FieldError("memberIds[" + i + "]", "ballot.slip.otherReceived"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        int changed = receipts.received()
                ? jdbc.sql("INSERT INTO ballot_voter (round_id, member_id, status) SELECT :r, x, 'SLIP_RECEIVED' FROM"
                                + " unnest(CAST(ARRAY[:ids] AS bigint[])) x ON CONFLICT DO NOTHING")
                        .param("r", roundId)
                        .param("ids", ids)
                        .update()
                : jdbc.sql("DELETE FROM ballot_voter WHERE round_id = :r AND member_id IN (:ids) AND status ="
                                + " 'SLIP_RECEIVED'")
                        .param("r", roundId)
                        .param("ids", ids)
                        .update();
        audit.updated(
                "BallotRound",
                roundId,
                round.organizationId(),
                null,
                Map.of("slipReceived", receipts.received(), "memberIds", ids));
        return changed;
    }
}

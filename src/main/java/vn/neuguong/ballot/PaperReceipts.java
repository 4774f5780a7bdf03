package vn.neuguong.ballot;

import io.swagger.v3.oas.annotations.media.Schema;
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
 * Who received a paper ballot (ballot_voter PAPER_RECEIVED). The voter's one row per round is the rule: a member
 * ticked for a paper cannot be given a slip or a remote credential, and one who has either cannot be ticked for a
 * paper. Never which paper, never when.
 */
@Component
class PaperReceipts {

    private final JdbcClient jdbc;
    private final BallotRounds rounds;
    private final AuditLog audit;

    PaperReceipts(JdbcClient jdbc, BallotRounds rounds, AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.audit = audit;
    }

    /** A member of the electorate and what they received, if anything. */
    @Schema(name = "BallotPaperVoter")
    record Voter(
            long memberId,
            String fullName,
            @Schema(nullable = true) String cell,
            boolean paperReceived,

            @Schema(description = "Received a slip or a remote credential instead: cannot receive a paper")
            boolean electronic) {}

    Page<Voter> voters(long roundId, Actor actor, PageRequest request) {
        var round = rounds.get(roundId, BallotAccess.of(actor));
        var day = Electorates.day(round);
        long total = jdbc.sql("SELECT count(*) FROM (" + Electorates.members() + ") x")
                .param("r", roundId)
                .param("day", day)
                .query(Long.class)
                .single();
        var items = jdbc.sql("SELECT x.id AS member_id, " + MemberSql.fullName("x.id") + " AS full_name, "
                        + TreeSql.name(MemberSql.cellOf("x.id")) + " AS cell, coalesce(v.status = 'PAPER_RECEIVED',"
                        + " false) AS paper_received, coalesce(v.status <> 'PAPER_RECEIVED', false) AS electronic"
                        + " FROM (" + Electorates.members() + ") x LEFT JOIN ballot_voter v ON v.round_id = :r AND"
                        + " v.member_id = x.id ORDER BY " + MemberSql.fullName("x.id") + " COLLATE vi_icu, x.id"
                        + request.limitOffset())
                .param("r", roundId)
                .param("day", day)
                .query(Voter.class)
                .list();
        return Page.of(items, request, total);
    }

    int received(long roundId) {
        return jdbc.sql("SELECT count(*) FROM ballot_voter WHERE round_id = :r AND status = 'PAPER_RECEIVED'")
                .param("r", roundId)
                .query(Integer.class)
                .single();
    }

    /**
     * The bulk tick at a conference where everyone votes on paper: every member of the electorate who has received
     * nothing yet is ticked as having received a paper ballot. Answers how many were ticked.
     */
    @Transactional
    int tickEveryoneElse(long roundId, Actor actor) {
        var round = rounds.lock(roundId, BallotAccess.of(actor));
        if (round.status() == BallotRound.Status.CLOSED) {
            throw new ConflictException("ballot.status.closed");
        }
        int changed = jdbc.sql(
                        "INSERT INTO ballot_voter (round_id, member_id, status) SELECT :r, x.id, 'PAPER_RECEIVED'"
                                + " FROM (" + Electorates.members() + ") x ON CONFLICT DO NOTHING")
                .param("r", roundId)
                .param("day", Electorates.day(round))
                .update();
        audit.updated("BallotRound", roundId, round.organizationId(), null, Map.of("paperReceivedByAll", changed));
        return changed;
    }

    /**
     * Ticks (or unticks) the members as having received a paper ballot. Each must be in the electorate and, to be
     * ticked, must not have received a slip or a credential; all or nothing. Answers how many changed.
     */
    @Transactional
    int tick(long roundId, BallotInput.Receipts receipts, Actor actor) {
        var round = rounds.lock(roundId, BallotAccess.of(actor));
        if (round.status() == BallotRound.Status.CLOSED) {
            throw new ConflictException("ballot.status.closed");
        }
        var ids = receipts.memberIds();
        var listed = ids.isEmpty() ? List.of(-1L) : ids;
        var inElectorate = jdbc.sql("SELECT x.id FROM (" + Electorates.members() + ") x WHERE x.id IN (:ids)")
                .param("r", roundId)
                .param("day", Electorates.day(round))
                .param("ids", listed)
                .query(Long.class)
                .set();
        var electronic = jdbc.sql("SELECT member_id FROM ballot_voter WHERE round_id = :r AND member_id IN (:ids)"
                        + " AND status <> 'PAPER_RECEIVED'")
                .param("r", roundId)
                .param("ids", listed)
                .query(Long.class)
                .set();
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < ids.size(); i++) {
            if (!inElectorate.contains(ids.get(i))) {
                errors.add(new FieldError("memberIds[" + i + "]", "ballot.voter.notInElectorate"));
            } else if (receipts.received() && electronic.contains(ids.get(i))) {
                errors.add(new FieldError("memberIds[" + i + "]", "ballot.paper.electronicReceived"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        int changed = receipts.received()
                ? jdbc.sql("INSERT INTO ballot_voter (round_id, member_id, status) SELECT :r, x, 'PAPER_RECEIVED' FROM"
                                + " unnest(CAST(ARRAY[:ids] AS bigint[])) x ON CONFLICT DO NOTHING")
                        .param("r", roundId)
                        .param("ids", ids)
                        .update()
                : jdbc.sql("DELETE FROM ballot_voter WHERE round_id = :r AND member_id IN (:ids) AND status ="
                                + " 'PAPER_RECEIVED'")
                        .param("r", roundId)
                        .param("ids", ids)
                        .update();
        audit.updated(
                "BallotRound",
                roundId,
                round.organizationId(),
                null,
                Map.of("paperReceived", receipts.received(), "memberIds", ids));
        return changed;
    }
}

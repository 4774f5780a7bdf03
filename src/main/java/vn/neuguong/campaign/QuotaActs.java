package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.Fulfilments.Act;
import vn.neuguong.campaign.Obligations.CountedAct;
import vn.neuguong.campaign.Recurrence.QuotaUnit;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * The acts counted toward a quota ("ít nhất mỗi năm sinh hoạt 1 quý"): each falls in one unit (a day, a month, a
 * quarter) of the obligation's period, at most one act per unit counts, and the obligation is done with the act
 * that reaches the quota.
 */
@Component
class QuotaActs {

    private final JdbcClient jdbc;

    QuotaActs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit of the obligation's line if it is a quota. */
    Optional<QuotaUnit> unitOf(Obligation obligation) {
        return jdbc.sql("SELECT quota_unit FROM campaign_requirement WHERE id = :id AND recurrence = 'QUOTA'")
                .param("id", obligation.requirementId())
                .query(QuotaUnit.class)
                .optional();
    }

    /** An act counts only inside the obligation's period (its first day is checked as for any line). */
    void check(Obligation obligation, LocalDate on) {
        if (obligation.periodEndsOn() != null && on.isAfter(obligation.periodEndsOn())) {
            throw new InvalidInputException(List.of(
                    new FieldError("fulfilledOn", "campaign.quota.outsidePeriod", null, obligation.periodEndsOn())));
        }
    }

    /**
     * Counts the act in its unit; a unit already counted is refused (nothing is kept). Returns the acts counted so
     * far, this one included.
     */
    int record(Obligation obligation, QuotaUnit unit, Act act) {
        var unitStartsOn = Periods.unitStart(unit, act.on());
        int inserted = jdbc.sql("""
                        INSERT INTO obligation_act (obligation_id, unit_starts_on, done_on, evidence_document_id, note,
                                                    recorded_by)
                        VALUES (:ob, :unit, :on, :doc, :note, :by)
                        ON CONFLICT (obligation_id, unit_starts_on) DO NOTHING
                        """)
                .param("ob", obligation.id())
                .param("unit", unitStartsOn)
                .param("on", act.on())
                .param("doc", act.evidenceDocumentId())
                .param("note", act.note())
                .param("by", act.by())
                .update();
        if (inserted == 0) {
            throw new InvalidInputException(
                    List.of(new FieldError("fulfilledOn", "campaign.quota.unitTaken", null, unitStartsOn)));
        }
        return jdbc.sql("UPDATE obligation SET acts_done = acts_done + 1, version = version + 1 WHERE id = :id"
                        + " RETURNING acts_done")
                .param("id", obligation.id())
                .query(Integer.class)
                .single();
    }

    private record ActRow(
            long obligationId,
            LocalDate unitStartsOn,
            QuotaUnit unit,
            LocalDate doneOn,
            String evidenceNumber,
            String note,
            String recordedBy) {}

    /** The acts counted toward the quotas among these obligations (already read in the caller's scope), in one statement. */
    Map<Long, List<CountedAct>> actsOf(List<Long> obligationIds) {
        if (obligationIds.isEmpty()) {
            return Map.of();
        }
        var acts = new LinkedHashMap<Long, List<CountedAct>>();
        jdbc.sql("SELECT a.obligation_id, a.unit_starts_on, r.quota_unit AS unit, a.done_on, "
                        + DocumentSql.numberText("a.evidence_document_id")
                        + " AS evidence_number, a.note, a.recorded_by"
                        + " FROM obligation_act a JOIN obligation ob ON ob.id = a.obligation_id"
                        + " JOIN campaign_requirement r ON r.id = ob.requirement_id"
                        + " WHERE a.obligation_id IN (:ids) ORDER BY a.obligation_id, a.unit_starts_on")
                .param("ids", obligationIds)
                .query(ActRow.class)
                .list()
                .forEach(a -> acts.computeIfAbsent(a.obligationId(), id -> new ArrayList<>())
                        .add(new CountedAct(
                                a.unitStartsOn(), a.unit(), a.doneOn(), a.evidenceNumber(), a.note(), a.recordedBy())));
        return acts;
    }
}

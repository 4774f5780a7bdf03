package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.Fulfilments.Act;
import vn.neuguong.campaign.Recurrence.QuotaUnit;
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

    /** A counted act of a quota, as the obligation's page lists them. */
    record CountedAct(LocalDate unitStartsOn, LocalDate doneOn, String note, String recordedBy) {}

    List<CountedAct> acts(long obligationId) {
        return jdbc.sql("SELECT unit_starts_on, done_on, note, recorded_by FROM obligation_act"
                        + " WHERE obligation_id = :id ORDER BY unit_starts_on")
                .param("id", obligationId)
                .query(CountedAct.class)
                .list();
    }
}

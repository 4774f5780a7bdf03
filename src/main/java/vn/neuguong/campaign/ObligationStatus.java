package vn.neuguong.campaign;

import java.time.LocalDate;

/**
 * Where an obligation stands on an "as of" date. Whether an act on the due day itself is on time is the line's rule:
 * "chậm nhất ngày 30/5" (on time) or "xong trước ngày 30/5" (late, and the obligation is overdue on the 30th).
 */
public enum ObligationStatus {
    NOT_YET_DUE,
    DONE_ON_TIME,
    DONE_LATE,
    OVERDUE;

    /** The status seen on {@code asOf} when the due day itself is on time. */
    public static ObligationStatus of(LocalDate dueOn, LocalDate fulfilledOn, LocalDate asOf) {
        return of(dueOn, fulfilledOn, asOf, true);
    }

    /** The status seen on {@code asOf}: a fulfilment dated after {@code asOf} has not happened yet. */
    public static ObligationStatus of(LocalDate dueOn, LocalDate fulfilledOn, LocalDate asOf, boolean dueDayOnTime) {
        var lastOnTime = dueDayOnTime ? dueOn : dueOn.minusDays(1);
        if (fulfilledOn != null && !fulfilledOn.isAfter(asOf)) {
            return fulfilledOn.isAfter(lastOnTime) ? DONE_LATE : DONE_ON_TIME;
        }
        return asOf.isAfter(lastOnTime) ? OVERDUE : NOT_YET_DUE;
    }

    /**
     * The same rule as {@link #of} in SQL, over columns {@code due_on}, {@code fulfilled_on} and {@code
     * due_day_on_time} of {@code alias}.
     */
    static String sql(String alias, String asOfParameter) {
        String lastOnTime = lastOnTimeSql(alias);
        return "CASE WHEN " + alias + ".fulfilled_on <= :" + asOfParameter + " THEN CASE WHEN " + alias
                + ".fulfilled_on > " + lastOnTime + " THEN 'DONE_LATE' ELSE 'DONE_ON_TIME' END WHEN " + lastOnTime
                + " < :" + asOfParameter + " THEN 'OVERDUE' ELSE 'NOT_YET_DUE' END";
    }

    /** SQL: the last day an act of the obligation {@code alias} is on time. */
    static String lastOnTimeSql(String alias) {
        return "(" + alias + ".due_on - CASE WHEN " + alias + ".due_day_on_time THEN 0 ELSE 1 END)";
    }
}

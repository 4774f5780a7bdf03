package vn.neuguong.campaign;

import java.time.LocalDate;

/** Where an obligation stands on an "as of" date. */
public enum ObligationStatus {
    NOT_YET_DUE,
    DONE_ON_TIME,
    DONE_LATE,
    OVERDUE;

    /** The status seen on {@code asOf}: a fulfilment dated after {@code asOf} has not happened yet. */
    public static ObligationStatus of(LocalDate dueOn, LocalDate fulfilledOn, LocalDate asOf) {
        if (fulfilledOn != null && !fulfilledOn.isAfter(asOf)) {
            return fulfilledOn.isAfter(dueOn) ? DONE_LATE : DONE_ON_TIME;
        }
        return asOf.isAfter(dueOn) ? OVERDUE : NOT_YET_DUE;
    }

    /** The same rule as {@link #of} in SQL, over columns {@code due_on} and {@code fulfilled_on} of {@code alias}. */
    static String sql(String alias, String asOfParameter) {
        return "CASE WHEN " + alias + ".fulfilled_on <= :" + asOfParameter + " THEN CASE WHEN " + alias
                + ".fulfilled_on > " + alias + ".due_on THEN 'DONE_LATE' ELSE 'DONE_ON_TIME' END WHEN " + alias
                + ".due_on < :" + asOfParameter + " THEN 'OVERDUE' ELSE 'NOT_YET_DUE' END";
    }
}

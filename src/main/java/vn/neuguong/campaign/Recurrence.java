package vn.neuguong.campaign;

/**
 * How often a requirement falls due: once by a date; within a window; a number of days after another line's act
 * (an event such as the launch conference); every month or quarter of the campaign; or as a quota per period.
 */
public enum Recurrence {
    ONCE,
    WINDOW,
    AFTER_EVENT,
    MONTHLY,
    QUARTERLY,
    QUOTA;

    /** The periods a quota is counted in. */
    public enum QuotaPeriod {
        QUARTER(Periods.Span.QUARTER),
        HALF_YEAR(Periods.Span.HALF_YEAR),
        YEAR(Periods.Span.YEAR);

        final Periods.Span span;

        QuotaPeriod(Periods.Span span) {
            this.span = span;
        }
    }

    /** What one counted act of a quota takes: at most one act per day, month or quarter of the period. */
    public enum QuotaUnit {
        DAY,
        MONTH,
        QUARTER
    }

    /** The span of each period of a line recurring this way, given its quota's period; null for a one-off line. */
    Periods.Span span(QuotaPeriod quotaPeriod) {
        return switch (this) {
            case MONTHLY -> Periods.Span.MONTH;
            case QUARTERLY -> Periods.Span.QUARTER;
            case QUOTA -> quotaPeriod == null ? null : quotaPeriod.span;
            default -> null;
        };
    }
}

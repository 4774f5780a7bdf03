package vn.neuguong.meeting;

/**
 * The SQL other modules use to name a meeting in a statement of their own, so that no module but this one names the
 * {@code meeting} table (docs/DESIGN.md, "Module seams"): a commendation cites the meetings it rests on.
 */
public final class MeetingSql {

    private MeetingSql() {}

    /** The organization hosting the meeting in {@code idExpression}; null when there is no such meeting. */
    public static String hostOf(String idExpression) {
        return "(SELECT meeting_h.host_id FROM meeting meeting_h WHERE meeting_h.id = " + idExpression + ")";
    }

    /** The meeting's title and day, "Hội nghị … (14/05/2024)"; null when there is no such meeting. */
    public static String label(String idExpression) {
        return "(SELECT meeting_l.title || ' (' || to_char(meeting_l.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh',"
                + " 'DD/MM/YYYY') || ')' FROM meeting meeting_l WHERE meeting_l.id = " + idExpression + ")";
    }

    /**
     * A table of the meetings as other modules may list them, for a picker; give it an alias. Columns: {@code id},
     * {@code host_id}, {@code starts_at}, {@code label} (as {@link #label}).
     */
    public static String meetings() {
        return "(SELECT meeting_v.id, meeting_v.host_id, meeting_v.starts_at, " + label("meeting_v.id")
                + " AS label FROM meeting meeting_v)";
    }

    /**
     * A table of the meetings with what a news article about one tells, for the portal; give it an alias. Columns:
     * {@code id}, {@code host_id}, {@code title}, {@code venue}, {@code starts_at}, {@code status}, {@code invited}
     * and {@code attended} (the headcounts of the hall and the bridge points), {@code bridge_points}.
     */
    public static String facts() {
        return "(SELECT meeting_f.id, meeting_f.host_id, meeting_f.title, meeting_f.venue, meeting_f.starts_at,"
                + " meeting_f.status, (SELECT COALESCE(sum(meeting_c.expected), 0) FROM meeting_headcount meeting_c"
                + " WHERE meeting_c.meeting_id = meeting_f.id) AS invited, (SELECT COALESCE(sum(meeting_c.actual), 0)"
                + " FROM meeting_headcount meeting_c WHERE meeting_c.meeting_id = meeting_f.id) AS attended,"
                + " (SELECT count(*) FROM meeting_bridge_point meeting_b WHERE meeting_b.meeting_id = meeting_f.id)"
                + " AS bridge_points FROM meeting meeting_f)";
    }
}

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
}

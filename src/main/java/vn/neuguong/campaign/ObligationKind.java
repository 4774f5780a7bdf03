package vn.neuguong.campaign;

/** What an organization owes in a campaign. */
public enum ObligationKind {
    /** Issue an implementing plan; fulfilled by the plan document itself. */
    ISSUE_PLAN,
    /** Hold a study conference (hội nghị học tập, quán triệt). */
    HOLD_CONFERENCE,
    /** Hold a thematic cell meeting; one requirement per date. */
    CELL_MEETINGS,
    /** Every member submits a reflection and a personal action plan. */
    MEMBER_SUBMISSIONS,
    /** Adopt an action programme. */
    ACTION_PROGRAMME,
    /** File a periodic report; one requirement per period. */
    PERIODIC_REPORT,
    /** Hold an interim review (sơ kết). */
    INTERIM_REVIEW,
    /** Run a ballot round on the organization's leaders (lấy ý kiến góp ý, lấy phiếu tín nhiệm), closed with results. */
    BALLOT_ROUND
}

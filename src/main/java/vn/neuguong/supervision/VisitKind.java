package vn.neuguong.supervision;

/** An inspection (kiểm tra) or a supervision (giám sát). */
public enum VisitKind {
    KIEM_TRA,
    GIAM_SAT
}

package vn.neuguong.supervision;

/** The overall rating of a cell meeting: Tốt, Khá, Trung bình, Kém. */
public enum Rating {
    TOT,
    KHA,
    TRUNG_BINH,
    KEM
}

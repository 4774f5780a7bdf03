package vn.neuguong.notification;

/** What a notification is about; users choose per kind whether they get it. */
public enum NotificationKind {
    DOCUMENT_RECEIVED,
    OBLIGATION_DUE,
    OBLIGATION_OVERDUE,
    DAILY_DIGEST
}

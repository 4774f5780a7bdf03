package vn.neuguong.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.neuguong.directive.DocumentIssued;

/**
 * Tells the recipient organizations' accounts that a document arrived. Runs after the issuing transaction commits,
 * from the event publication registry, so a crash before it finishes is retried on restart; the dedup key makes
 * a retry harmless.
 */
@Component
class DocumentReceivedNotices {

    static final String KEY = "notification.document.received";

    private final Notifications notifications;

    DocumentReceivedNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(DocumentIssued event) {
        if (event.recipientIds() == null || event.recipientIds().isEmpty()) {
            return;
        }
        notifications.notifyOrganizations(
                event.recipientIds(),
                NotificationKind.DOCUMENT_RECEIVED,
                NoticeText.of(KEY, NoticeText.text(event.number()), NoticeText.text(event.summary())),
                "/documents/" + event.documentId(),
                "document:" + event.documentId());
    }
}

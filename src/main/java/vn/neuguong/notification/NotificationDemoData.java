package vn.neuguong.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.account.Accounts;
import vn.neuguong.directive.DocumentSql;

/**
 * A few notices for the demo accounts of phường Văn Miếu and Quận ủy Đống Đa, about the documents of article 004
 * (284-KH/TU → 347-KH/QU → 598-CV/BTGQU) and the 2023 yearly theme of article 000. Dedup keys make a second run
 * add nothing; a notice about a document the demo documents hold uses that document's key, so the notice its
 * issue sends and this one are the same. The notice shown as read is marked only while still unread.
 */
@Component
@Profile("seed")
@Order(70)
class NotificationDemoData implements DemoDataRunner {

    private record Notice(
            String username,
            NotificationKind kind,
            String title,
            String body,
            String documentNumber,
            String key,
            boolean read) {}

    private static final List<Notice> NOTICES = List.of(
            new Notice(
                    "vanmieu.vanphong",
                    NotificationKind.DOCUMENT_RECEIVED,
                    null,
                    "347-KH/QU — Kế hoạch triển khai và tuyên truyền đợt sinh hoạt chính trị về kỷ nguyên mới - kỷ"
                            + " nguyên vươn mình của dân tộc",
                    "347-KH/QU",
                    "demo:document:347-KH/QU",
                    false),
            new Notice(
                    "vanmieu.vanphong",
                    NotificationKind.DOCUMENT_RECEIVED,
                    null,
                    "598-CV/BTGQU — Tuyên truyền, chuyển tài liệu đợt sinh hoạt chính trị và nắm bắt DLXH về đợt"
                            + " sinh hoạt",
                    "598-CV/BTGQU",
                    "demo:document:598-CV/BTGQU",
                    false),
            new Notice(
                    "vanmieu.vanphong",
                    NotificationKind.OBLIGATION_DUE,
                    "notification.obligation.due",
                    "Báo cáo kết quả tổ chức đợt sinh hoạt chính trị về kỷ nguyên mới (347-KH/QU): còn 3 ngày",
                    null,
                    "demo:obligation-due:347",
                    false),
            new Notice(
                    "bithu.vanmieu1",
                    NotificationKind.OBLIGATION_OVERDUE,
                    "notification.obligation.overdue",
                    "Sinh hoạt chi bộ chuyên đề năm 2023 về trách nhiệm nêu gương: đã quá hạn báo cáo",
                    null,
                    "demo:obligation-overdue:2023",
                    false),
            new Notice(
                    "dongda.tuyengiao",
                    NotificationKind.DOCUMENT_RECEIVED,
                    null,
                    "284-KH/TU — Kế hoạch của Thành ủy Hà Nội về đợt sinh hoạt chính trị về kỷ nguyên mới - kỷ"
                            + " nguyên vươn mình của dân tộc",
                    "284-KH/TU",
                    "demo:document:284-KH/TU",
                    true));

    private final Notifications notifications;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    NotificationDemoData(
            Notifications notifications, Accounts accounts, JdbcClient jdbc, TransactionTemplate transaction) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        for (var notice : NOTICES) {
            var accountId = account(notice.username());
            if (accountId.isEmpty()) {
                continue;
            }
            var documentId = document(notice.documentNumber());
            String key = documentId.map(id -> "document:" + id).orElse(notice.key());
            String link = notice.documentNumber() == null
                    ? "/campaigns"
                    : documentId.map(id -> "/documents/" + id).orElse("/documents");
            if (notice.title() == null) {
                notifications.notifyAccounts(List.of(accountId.get()), notice.kind(), documentText(notice), link, key);
            } else {
                notifications.notifyAccounts(
                        List.of(accountId.get()), notice.kind(), notice.title(), notice.body(), link, key);
            }
            if (notice.read()) {
                jdbc.sql("""
                                UPDATE notification SET read_at = created_at
                                WHERE account_id = :account AND dedup_key = :key AND read_at IS NULL
                                """)
                        .param("account", accountId.get())
                        .param("key", key)
                        .update();
            }
        }
    }

    /** A document's notice as the listener words it: its number and summary, the body's two halves. */
    private static NoticeText documentText(Notice notice) {
        String[] parts = notice.body().split(" — ", 2);
        return NoticeText.of(DocumentReceivedNotices.KEY, NoticeText.text(parts[0]), NoticeText.text(parts[1]));
    }

    private Optional<Long> account(String username) {
        return accounts.idOf(username);
    }

    private Optional<Long> document(String number) {
        if (number == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT d.id FROM (SELECT " + DocumentSql.idNumbered(":number")
                        + " AS id) d WHERE d.id IS NOT NULL")
                .param("number", number)
                .query(Long.class)
                .optional();
    }
}

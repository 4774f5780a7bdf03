package vn.neuguong.notification;

import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The notices stored after a given id, each as its reader reads it in Vietnamese and in English: for the tests of
 * other modules that send notices and compare them with an expectation.
 */
public final class StoredNotices {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** One stored notice, its words as stored and as told in both languages. */
    public record Notice(
            long accountId,
            String kind,
            String dedupKey,
            String link,
            boolean inApp,
            String messageKey,
            String messageArgs,
            String titleVi,
            String bodyVi,
            String titleEn,
            String bodyEn) {}

    private record Row(
            long accountId,
            String kind,
            String dedupKey,
            String link,
            boolean inApp,
            String messageKey,
            String messageArgs,
            String title,
            String body) {}

    private StoredNotices() {}

    /** The notices with an id above {@code afterId} whose dedup key is {@code LIKE dedupPattern}, in a fixed order. */
    public static List<Notice> after(ApplicationContext context, long afterId, String dedupPattern) {
        var texts = context.getBean(NoticeTexts.class);
        return context
                .getBean(JdbcClient.class)
                .sql("""
                        SELECT account_id, kind, dedup_key, link, in_app, message_key, message_args::text AS message_args,
                               title, body
                        FROM notification WHERE id > :after AND dedup_key LIKE :pattern
                        ORDER BY account_id, dedup_key
                        """)
                .param("after", afterId)
                .param("pattern", dedupPattern)
                .query(Row.class)
                .list()
                .stream()
                .map(row -> {
                    var stored = new NoticeTexts.Stored(row.messageKey(), row.messageArgs(), row.title(), row.body());
                    var vi = texts.tell(stored, VIETNAMESE);
                    var en = texts.tell(stored, Locale.ENGLISH);
                    return new Notice(
                            row.accountId(),
                            row.kind(),
                            row.dedupKey(),
                            row.link(),
                            row.inApp(),
                            row.messageKey(),
                            row.messageArgs(),
                            vi.title(),
                            vi.body(),
                            en.title(),
                            en.body());
                })
                .toList();
    }
}

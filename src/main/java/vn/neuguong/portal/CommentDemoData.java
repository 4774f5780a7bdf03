package vn.neuguong.portal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;

/**
 * Readers' comments on the published seed articles ({@link ArticleDemoData}, loaded before this runner): two
 * approved, one of them answered by the editors, and one waiting for moderation, on each. Without such an article
 * nothing is loaded; loading again adds nothing.
 */
@Component
@Profile("seed")
@Order(150)
class CommentDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(CommentDemoData.class);

    private record Sample(String name, String title, String content, String status, String answer) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "Nguyễn Thị Hoa",
                    "Đồng tình với cách làm của phường",
                    "Tổ dân phố chúng tôi được phổ biến kịp thời, cán bộ phường nói đi đôi với làm.",
                    "APPROVED",
                    null),
            new Sample(
                    "Lê Văn Minh",
                    "Đề nghị công khai lịch tiếp dân",
                    "Đề nghị phường niêm yết lịch tiếp dân của Bí thư tại nhà văn hóa các tổ dân phố.",
                    "APPROVED",
                    "Cảm ơn ông đã góp ý. Lịch tiếp dân được niêm yết tại trụ sở và các nhà văn hóa từ tháng này."),
            new Sample(
                    "Phạm Quang Huy",
                    "Hỏi về thời gian họp",
                    "Buổi lấy ý kiến tiếp theo tổ chức vào ngày nào?",
                    "PENDING",
                    null));

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    CommentDemoData(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
    }

    void load() {
        var articles = jdbc.sql("SELECT id FROM portal_article WHERE status = 'PUBLISHED' AND created_by = :by"
                        + " AND NOT EXISTS (SELECT 1 FROM portal_comment c WHERE c.article_id = portal_article.id)"
                        + " ORDER BY published_at")
                .param("by", ArticleDemoData.BY)
                .query(Long.class)
                .list();
        if (articles.isEmpty()) {
            log.info("Demo comments: no published seed article without comments; none loaded");
            return;
        }
        for (long article : articles) {
            int day = 1;
            for (var sample : SAMPLES) {
                jdbc.sql("INSERT INTO portal_comment (article_id, author_name, title, content, status, answer,"
                                + " answered_by, answered_at, moderated_by, moderated_at, address_hash, created_at)"
                                + " SELECT a.id, :name, :title, :content, :status, :answer,"
                                + " CASE WHEN CAST(:answer AS text) IS NULL THEN NULL ELSE 'vanmieu.vanphong' END,"
                                + " CASE WHEN CAST(:answer AS text) IS NULL THEN NULL ELSE a.published_at"
                                + " + make_interval(days => :day + 1) END,"
                                + " CASE WHEN :status = 'APPROVED' THEN 'vanmieu.vanphong' END,"
                                + " CASE WHEN :status = 'APPROVED' THEN a.published_at + make_interval(days => :day)"
                                + " END, 'demo', a.published_at + make_interval(hours => :day * 5)"
                                + " FROM portal_article a WHERE a.id = :article")
                        .param("name", sample.name())
                        .param("title", sample.title())
                        .param("content", sample.content())
                        .param("status", sample.status())
                        .param("answer", sample.answer())
                        .param("day", day++)
                        .param("article", article)
                        .update();
            }
        }
        log.info("Demo comments: {} on {} seed articles", SAMPLES.size() * articles.size(), articles.size());
    }
}

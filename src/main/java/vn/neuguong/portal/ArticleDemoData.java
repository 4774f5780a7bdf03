package vn.neuguong.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.organization.TreeSql;

/**
 * The portal articles of the seeds (docs/seeds): 001 of the ward Bồ Đề, 002 of the district Thanh Xuân (source tag
 * HNP) and 004 of the district Đống Đa, published with the dates and view counts their pages show, and 003 of the
 * provincial bloc committee, whose page gives no date, waiting in review. Bodies are in {@code demo/portal/}.
 * Loading again adds nothing.
 */
@Component
@Profile("seed")
@Order(149)
class ArticleDemoData implements DemoDataRunner {

    static final String BY = "demo";
    private static final Logger log = LoggerFactory.getLogger(ArticleDemoData.class);

    private record Seed(
            String file,
            String organization,
            String category,
            String title,
            String summary,
            String byline,
            String sourceTag,
            String publishedAt,
            long views,
            List<String> tags) {}

    private static final List<Seed> SEEDS = List.of(
            new Seed(
                    "001",
                    "Đảng ủy phường Bồ Đề",
                    "cong-tac-dang",
                    "Hội nghị lấy ý kiến góp ý việc tu dưỡng, rèn luyện đạo đức gắn với trách nhiệm nêu gương của"
                            + " người đứng đầu phường Bồ Đề đợt I năm 2022",
                    "Thực hiện Kế hoạch số 104-KH/QU của Ban Thường vụ Quận ủy Long Biên, phường Bồ Đề lấy ý kiến góp"
                            + " ý việc tu dưỡng, rèn luyện đạo đức của người đứng đầu: 202 phiếu phát ra, 202 phiếu"
                            + " thu về.",
                    "Hoàng Thị Thanh Mai",
                    null,
                    "2022-05-10T14:22:00+07:00",
                    141,
                    List.of("Nêu gương", "Tự soi, tự sửa", "Chỉ thị 05-CT/TW")),
            new Seed(
                    "002",
                    "Quận ủy Thanh Xuân",
                    "hoc-tap-va-lam-theo-bac",
                    "Thanh Xuân: Biểu dương 27 tập thể, cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo"
                            + " đức, phong cách Hồ Chí Minh",
                    "Chiều 14/5, Quận ủy Thanh Xuân sơ kết việc thực hiện Kết luận 01-KL/TW năm 2023 và biểu dương,"
                            + " khen thưởng 27 tập thể, cá nhân tiêu biểu.",
                    "Hoàng Điệp",
                    "HNP",
                    "2024-05-14T21:11:00+07:00",
                    0,
                    List.of("Kết luận 01-KL/TW", "Chỉ thị 05-CT/TW", "Khen thưởng")),
            new Seed(
                    "004",
                    "Quận ủy Đống Đa",
                    "tin-hoat-dong",
                    "Quận ủy Đống Đa triển khai đợt sinh hoạt chính trị về kỷ nguyên mới - kỷ nguyên vươn mình của"
                            + " dân tộc",
                    "Quận ủy Đống Đa ban hành Kế hoạch số 347-KH/QU triển khai đợt sinh hoạt chính trị về kỷ nguyên"
                            + " mới - kỷ nguyên vươn mình của dân tộc và nắm bắt dư luận xã hội về đợt sinh hoạt.",
                    "BAN TUYÊN GIÁO QUẬN ỦY",
                    null,
                    "2024-12-17T11:12:00+07:00",
                    79,
                    List.of("Kỷ nguyên vươn mình", "Dư luận xã hội")),
            new Seed(
                    "003",
                    "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
                    "hoc-tap-va-lam-theo-bac",
                    "Xác định rõ trách nhiệm, nghĩa vụ của cấp ủy trong học tập, làm theo gương Bác",
                    "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh triển khai, học tập quán triệt Chuyên đề năm"
                            + " 2024-2025 của Tỉnh ủy.",
                    null,
                    null,
                    null,
                    0,
                    List.of("Chuyên đề năm 2024-2025")));

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ArticleDemoData(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
    }

    void load() {
        int loaded = 0;
        for (var seed : SEEDS) {
            Long organization = jdbc.sql("SELECT " + TreeSql.openNamed(":name", "CAST(NULL AS bigint)"))
                    .param("name", seed.organization())
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (organization == null) {
                log.info(
                        "Demo article {}: no open organization named {}; not loaded", seed.file(), seed.organization());
                continue;
            }
            String slug = ArticleChecks.slug(seed.title());
            var inserted = jdbc.sql("INSERT INTO portal_article (organization_id, category_id, slug, title, summary,"
                            + " body_html, byline, source_tag, status, published_at, view_count, created_by, created_at)"
                            + " SELECT :organization, c.id, :slug, :title, :summary, :body, :byline, :sourceTag,"
                            + " :status, CAST(:publishedAt AS timestamptz), :views, :by,"
                            + " COALESCE(CAST(:publishedAt AS timestamptz), now()) FROM portal_category c"
                            + " WHERE c.slug = :category ON CONFLICT (organization_id, slug) DO NOTHING RETURNING id")
                    .param("organization", organization)
                    .param("slug", slug)
                    .param("title", seed.title())
                    .param("summary", seed.summary())
                    .param("body", body(seed.file()))
                    .param("byline", seed.byline())
                    .param("sourceTag", seed.sourceTag())
                    .param("status", seed.publishedAt() == null ? "REVIEW" : "PUBLISHED")
                    .param("publishedAt", seed.publishedAt() == null ? null : OffsetDateTime.parse(seed.publishedAt()))
                    .param("views", seed.views())
                    .param("by", BY)
                    .param("category", seed.category())
                    .query(Long.class)
                    .optional();
            if (inserted.isEmpty()) {
                continue;
            }
            ArticleTags.save(jdbc, inserted.get(), seed.tags());
            loaded++;
        }
        log.info("Demo articles: {} of the seeds loaded", loaded);
    }

    private static String body(String file) {
        try {
            return new ClassPathResource("demo/portal/" + file + ".html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

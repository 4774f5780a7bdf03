package vn.neuguong.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.organization.UnitPeople;
import vn.neuguong.shared.AuditLog;

/**
 * The self-cultivation plans of phường Bồ Đề's two leaders for 2022 (article 001): the Bí thư Đảng ủy and the Chủ
 * tịch UBND wrote them under 104-KH/QU (11/02/2022) and 111-HD/ĐU (15/03/2022), the cells commented on them in their
 * "tự soi, tự sửa" meetings from early April, and they were posted at the ward's People's Committee before the
 * feedback conference of 10/05/2022. The days inside that span are the demo's. Runs before the 2025 merge, so the
 * plans stay the old ward's; the new ward's public page lists them as its predecessor's.
 */
@Component
@Profile("seed")
@Order(95)
class SelfCultivationDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(SelfCultivationDemoData.class);

    static final String WARD = "Đảng ủy phường Bồ Đề";
    static final String PERIOD = "Đợt I năm 2022";
    static final LocalDate WRITTEN = LocalDate.of(2022, 3, 25);
    static final LocalDate OPENS = LocalDate.of(2022, 4, 1);
    static final LocalDate CLOSES = LocalDate.of(2022, 4, 30);
    static final LocalDate PUBLISHED = LocalDate.of(2022, 5, 5);

    static final String SECRETARY_PLAN = "<p>Thực hiện Kế hoạch số 104-KH/QU ngày 11/02/2022 của Ban Thường vụ Quận"
            + " ủy Long Biên, tôi xây dựng kế hoạch tu dưỡng, rèn luyện đạo đức gắn với trách nhiệm nêu gương của"
            + " người đứng đầu Đảng ủy phường Bồ Đề năm 2022.</p><ul><li>Gương mẫu thực hiện Nghị quyết Trung ương 4"
            + " (khóa XII, XIII) về xây dựng, chỉnh đốn Đảng và Chỉ thị số 05-CT/TW; nói đi đôi với làm.</li>"
            + "<li>Tự soi, tự sửa: khắc phục hạn chế trong việc đi cơ sở, nắm tình hình các chi bộ tổ dân phố.</li>"
            + "<li>Lắng nghe, tiếp thu ý kiến góp ý của cán bộ, đảng viên và Nhân dân; báo cáo kết quả khắc phục.</li>"
            + "</ul>";
    static final String CHAIR_PLAN = "<p>Kế hoạch tu dưỡng, rèn luyện đạo đức, khắc phục những hạn chế, thiếu sót của"
            + " cá nhân Chủ tịch UBND phường Bồ Đề năm 2022.</p><ul><li>Nâng cao tinh thần trách nhiệm, tính tiền"
            + " phong gương mẫu trong lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị của phường.</li><li>Giải quyết"
            + " kịp thời, đúng hạn các thủ tục hành chính và kiến nghị của Nhân dân.</li><li>Tiếp thu ý kiến góp ý"
            + " tại các buổi sinh hoạt chi bộ và niêm yết công khai tại trụ sở Ủy ban nhân dân phường.</li></ul>";
    static final List<String> COMMENTS = List.of(
            "Đề nghị đồng chí dành thêm thời gian dự sinh hoạt với các chi bộ tổ dân phố.",
            "Kế hoạch cần nêu rõ thời hạn khắc phục từng hạn chế để đảng viên theo dõi.",
            "Đồng ý với nội dung kế hoạch; đề nghị công khai kết quả thực hiện vào cuối năm.");

    private final JdbcClient jdbc;
    private final UnitPeople people;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    SelfCultivationDemoData(JdbcClient jdbc, UnitPeople people, AuditLog audit, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM self_cultivation_plan")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        Long ward = organization(WARD, null);
        if (ward == null) {
            log.info("Self-cultivation demo data: {} is missing, no plan is loaded", WARD);
            return;
        }
        var commenters = jdbc.sql("SELECT m.id FROM " + TreeSql.open("c") + " CROSS JOIN LATERAL (SELECT r.id FROM ("
                        + MemberSql.onRoll("c.id", "CAST(:day AS date)") + ") r ORDER BY r.id OFFSET 2 LIMIT 2) m"
                        + " WHERE c.parent_id = :ward AND c.kind = 'CELL' ORDER BY c.path, m.id LIMIT 3")
                .param("ward", ward)
                .param("day", OPENS)
                .query(Long.class)
                .list();
        Long secretary = jdbc.sql("SELECT " + MemberSql.headHolder(":ward", "'SECRETARY'", ":day"))
                .param("ward", ward)
                .param("day", WRITTEN)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (secretary != null) {
            String name = jdbc.sql("SELECT " + MemberSql.fullName(":m"))
                    .param("m", secretary)
                    .query(String.class)
                    .single();
            plan(ward, secretary, name, "Bí thư Đảng ủy phường Bồ Đề", SECRETARY_PLAN, commenters);
        }
        Long committee = organization("Ủy ban nhân dân phường Bồ Đề", ward);
        var chair = committee == null
                ? null
                : people.holders(committee, WRITTEN).stream()
                        .filter(h -> h.title().equals("CHAIR"))
                        .findFirst()
                        .orElse(null);
        if (chair != null) {
            plan(
                    ward,
                    null,
                    chair.fullName(),
                    chair.titleText(),
                    CHAIR_PLAN,
                    commenters.subList(Math.min(1, commenters.size()), commenters.size()));
        }
    }

    private void plan(long ward, Long member, String name, String post, String content, List<Long> commenters) {
        long id = jdbc.sql("INSERT INTO self_cultivation_plan (organization_id, leader_member_id, leader_name,"
                        + " leader_post, year, period, content_html, status, draft_number, comments_open_on,"
                        + " comments_close_on, created_on) VALUES (:ward, :member, :name, :post, 2022, :period, :html,"
                        + " 'PUBLISHED', 2, :opens, :closes, :written) RETURNING id")
                .param("ward", ward)
                .param("member", member, java.sql.Types.BIGINT)
                .param("name", name)
                .param("post", post)
                .param("period", PERIOD)
                .param("html", content)
                .param("opens", OPENS)
                .param("closes", CLOSES)
                .param("written", WRITTEN)
                .query(Long.class)
                .single();
        for (int i = 0; i < commenters.size(); i++) {
            jdbc.sql("INSERT INTO self_cultivation_comment (plan_id, draft_number, member_id, body, written_on)"
                            + " VALUES (:id, 1, :member, :body, :on)")
                    .param("id", id)
                    .param("member", commenters.get(i))
                    .param("body", COMMENTS.get(i % COMMENTS.size()))
                    .param("on", OPENS.plusDays(5L + 7L * i))
                    .update();
        }
        jdbc.sql("INSERT INTO self_cultivation_version (plan_id, number, period, leader_name, leader_post,"
                        + " content_html, published_on) VALUES (:id, 1, :period, :name, :post, :html, :on)")
                .param("id", id)
                .param("period", PERIOD)
                .param("name", name)
                .param("post", post)
                .param("html", content)
                .param("on", PUBLISHED)
                .update();
        audit.created(
                SelfCultivationWork.ENTITY,
                id,
                ward,
                Map.of("leaderName", name, "leaderPost", post, "period", PERIOD, "publishedOn", PUBLISHED));
    }

    private Long organization(String name, Long parent) {
        return jdbc.sql("SELECT " + TreeSql.openNamed(":name", "CAST(:parent AS bigint)"))
                .param("name", name)
                .param("parent", parent)
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}

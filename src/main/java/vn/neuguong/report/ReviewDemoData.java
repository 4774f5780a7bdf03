package vn.neuguong.report;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.organization.TreeSql;

/**
 * Article 002: on 14/5/2024 Quận ủy Thanh Xuân held its interim review of three years of Kết luận 01-KL/TW and
 * held up 27 collectives and individuals; the demo issues the review as the Quận ủy's numbered report, which
 * fulfils its INTERIM_REVIEW line. The article does not name the 27: the demo names the wards of its tree, marked as
 * demo data. Called by {@link ReportDemoData}, in its transaction; a review already there is left alone.
 */
@Component
class ReviewDemoData {

    static final String TITLE = "Báo cáo sơ kết 3 năm thực hiện Kết luận 01-KL/TW của Bộ Chính trị";
    static final String CAMPAIGN = "Thực hiện Kết luận 01-KL/TW của Bộ Chính trị trên địa bàn quận Thanh Xuân";
    static final String CONCLUSIONS = """
            Qua 03 năm, việc triển khai thực hiện Kết luận số 01-KL/TW trên địa bàn quận Thanh Xuân đã trở thành đợt \
            sinh hoạt chính trị sâu rộng, nghiêm túc, có sức lan tỏa mạnh mẽ trong toàn hệ thống chính trị.
            Việc đưa nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào sinh hoạt chi bộ hằng \
            tháng được các cấp ủy quan tâm, đi vào thực chất hơn, đề cao trách nhiệm nêu gương của người đứng đầu.
            Từ nay đến cuối năm 2024, tiếp tục đẩy mạnh thực hiện các nhiệm vụ, giải pháp theo Kết luận 01-KL/TW gắn \
            với Chuyên đề năm 2024 của quận; chú trọng biểu dương, nhân rộng các điển hình tiêu biểu.""";

    private final JdbcClient jdbc;
    private final ReviewWork work;

    ReviewDemoData(JdbcClient jdbc, ReviewWork work) {
        this.jdbc = jdbc;
        this.work = work;
    }

    void thanhXuan() {
        Long district = jdbc.sql("SELECT " + TreeSql.openNamed("'Quận ủy Thanh Xuân'", "CAST(NULL AS bigint)"))
                .query(Long.class)
                .single();
        Long campaign = jdbc.sql("SELECT " + CampaignSql.topNamed(":t"))
                .param("t", CAMPAIGN)
                .query(Long.class)
                .single();
        if (district == null || campaign == null) {
            return;
        }
        boolean exists = jdbc.sql("SELECT count(*) > 0 FROM report_review WHERE campaign_id = :c")
                .param("c", campaign)
                .query(Boolean.class)
                .single();
        if (exists) {
            return;
        }
        var wards = jdbc.sql("SELECT c.name FROM " + TreeSql.open("c") + " WHERE c.parent_id = :d"
                        + " AND c.kind = 'GRASSROOTS_COMMITTEE' ORDER BY c.name")
                .param("d", district)
                .query(String.class)
                .list();
        var exemplars = wards.stream()
                .map(
                        name -> new ReviewInput.ExemplarInput(
                                Review.Exemplars.COLLECTIVE,
                                name,
                                "Tiêu biểu trong học tập và làm theo Bác (dữ liệu mẫu: bài báo không nêu tên 27 tập thể, cá nhân)"))
                .toList();
        var draft = work.create(
                new ReviewInput.Draft(
                        campaign,
                        district,
                        Review.Kind.INTERIM,
                        TITLE,
                        LocalDate.of(2021, 6, 1),
                        LocalDate.of(2024, 5, 14),
                        CONCLUSIONS,
                        List.copyOf(exemplars)),
                ReportDemoData.DEMO);
        work.issue(
                draft.id(),
                draft.version(),
                new ReviewInput.Issue(LocalDate.of(2024, 5, 14), null),
                ReportDemoData.DEMO);
    }
}

package vn.neuguong.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.Role;
import vn.neuguong.study.StudyFile.Outcome;
import vn.neuguong.study.StudyInput.CommitmentInput;
import vn.neuguong.study.StudyInput.Draft;
import vn.neuguong.study.StudyInput.Review;

/**
 * The reflections and action plans of the Văn Miếu cells for the December 2024 round (article 004, due 28/02/2025),
 * in every state. In each cell, by the members' order: the first (the secretary) handed in on time, awaiting review;
 * the second (in cell no. 1 the demo member Nguyễn Văn An) has a draft; then one returned for revision, one accepted
 * at the second version (the first returned), one handed in late, one missing; and so on in turn.
 */
@Component
@Profile("seed")
@Order(100)
class StudyDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(StudyDemoData.class);
    static final String ROUND_TITLE = "Đợt sinh hoạt chính trị về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc";
    static final String REFLECTION = "<p>Qua nghiên cứu, quán triệt tư tưởng chỉ đạo của Đảng và đồng chí Tổng Bí thư"
            + " Tô Lâm về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc, bản thân tôi nhận thức rõ trách nhiệm"
            + " của người đảng viên ở tổ dân phố.</p><p>Tôi sẽ gương mẫu, nêu gương trong gia đình và khu dân cư.</p>";
    static final List<CommitmentInput> PLAN = List.of(
            new CommitmentInput(
                    "Tham gia đầy đủ sinh hoạt chi bộ, tuyên truyền đến Nhân dân tổ dân phố",
                    LocalDate.of(2025, 6, 30)),
            new CommitmentInput(
                    "Gương mẫu thực hiện nếp sống văn minh, tiết kiệm, chống lãng phí", LocalDate.of(2025, 12, 31)));

    private final JdbcClient jdbc;
    private final StudyAudience audience;
    private final StudyWork work;
    private final StudyReviews reviews;

    StudyDemoData(JdbcClient jdbc, StudyAudience audience, StudyWork work, StudyReviews reviews) {
        this.jdbc = jdbc;
        this.audience = audience;
        this.work = work;
        this.reviews = reviews;
    }

    record Owed(long id, long memberId, long cellId, String cellName, int index) {}

    @Override
    public void run(ApplicationArguments args) {
        audience.fixPending();
        var campaign = jdbc.sql("SELECT r.campaign_id FROM study_round r WHERE " + CampaignSql.title("r.campaign_id")
                        + " = :title AND r.launched_on = DATE '2024-12-11' ORDER BY r.campaign_id LIMIT 1")
                .param("title", ROUND_TITLE)
                .query(Long.class)
                .optional();
        if (campaign.isEmpty()) {
            log.info("Study demo data: the December 2024 round is missing, no study files are filled in");
            return;
        }
        var owed = jdbc.sql("SELECT f.id, f.member_id, f.cell_id, " + TreeSql.name("f.cell_id") + " AS cell_name,"
                        + " (row_number() OVER (PARTITION BY f.cell_id ORDER BY f.member_id) - 1)::int AS index"
                        + " FROM study_file f WHERE f.campaign_id = :c AND "
                        + TreeSql.within("f.cell_id", TreeSql.openNamed("'Đảng ủy phường Văn Miếu'", "NULL"))
                        + " AND NOT EXISTS (SELECT 1 FROM study_file g WHERE g.campaign_id = f.campaign_id"
                        + " AND g.status <> 'NOT_STARTED')"
                        + " ORDER BY " + TreeSql.path("f.cell_id") + ", f.member_id")
                .param("c", campaign.get())
                .query(Owed.class)
                .list();
        owed.forEach(o -> fill(campaign.get(), o));
        log.info("Study demo data: {} files of the Văn Miếu cells filled in", owed.size());
    }

    private void fill(long campaignId, Owed o) {
        var secretary = new Actor(
                0, "demo", "Bí thư " + o.cellName(), Set.of(Role.SECRETARY), List.of(), List.of(o.cellId()), null);
        var draft = new Draft(REFLECTION, PLAN);
        switch (o.index() % 6) {
            case 0 -> hand(campaignId, o, draft, 0, LocalDate.of(2025, 2, 20));
            case 1 -> work.save(campaignId, 0, draft, null, o.memberId(), false, LocalDate.of(2025, 2, 10));
            case 2 -> {
                var file = hand(campaignId, o, draft, 0, LocalDate.of(2025, 2, 18));
                reviews.review(
                        o.id(),
                        file.version(),
                        new Review(Outcome.RETURNED, "Cần nêu rõ việc làm cụ thể của bản thân ở tổ dân phố."),
                        secretary,
                        LocalDate.of(2025, 2, 22));
            }
            case 3 -> {
                var first = hand(
                        campaignId,
                        o,
                        new Draft("<p>Tôi nhất trí với nội dung đợt sinh hoạt.</p>", PLAN),
                        0,
                        LocalDate.of(2025, 2, 10));
                var returned = reviews.review(
                        o.id(),
                        first.version(),
                        new Review(Outcome.RETURNED, "Bài còn sơ sài, cần liên hệ bản thân."),
                        secretary,
                        LocalDate.of(2025, 2, 12));
                var second = hand(campaignId, o, draft, returned.version(), LocalDate.of(2025, 2, 15));
                reviews.review(
                        o.id(),
                        second.version(),
                        new Review(Outcome.ACCEPTED, null),
                        secretary,
                        LocalDate.of(2025, 2, 17));
            }
            case 4 -> hand(campaignId, o, draft, 0, LocalDate.of(2025, 3, 5));
            default -> {
                // missing: nothing handed in
            }
        }
    }

    private StudyFile hand(long campaignId, Owed o, Draft draft, int version, LocalDate on) {
        return work.save(campaignId, version, draft, null, o.memberId(), true, on);
    }
}

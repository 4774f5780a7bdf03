package vn.neuguong.portal;

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
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.Role;

/**
 * Article 004: with Công văn 598-CV/BTGQU of 12/12/2024 the Ban Tuyên giáo Quận ủy Đống Đa asked for the public
 * opinion (nắm bắt DLXH) about the December 2024 round of political study on the new era. The demo records, in the
 * week of 9–15/12/2024 (2024-W50), opinions of every class heard in the wards Văn Miếu and Quốc Tử Giám and at the
 * district's conference, one still waiting for an answer, and one distorted video circulating online with the
 * answer the district gave. Loading again adds nothing.
 */
@Component
@Profile("seed")
@Order(151)
class OpinionDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(OpinionDemoData.class);
    static final String CAMPAIGN = "Đợt sinh hoạt chính trị về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc";

    private record Sample(
            String organization,
            Opinion.Kind kind,
            Opinion.Classification classification,
            Opinion.Channel channel,
            String content,
            int day,
            boolean needsAnswer,
            String sourceText,
            String sourceUrl,
            String answer) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "Quận ủy Đống Đa",
                    Opinion.Kind.OPINION,
                    Opinion.Classification.SUPPORT,
                    Opinion.Channel.MEETING,
                    "Cán bộ chủ chốt đồng tình cao với tư tưởng chỉ đạo về kỷ nguyên vươn mình của dân tộc.",
                    11,
                    false,
                    null,
                    null,
                    null),
            new Sample(
                    "Đảng ủy phường Văn Miếu",
                    Opinion.Kind.OPINION,
                    Opinion.Classification.SUPPORT,
                    Opinion.Channel.FIELD,
                    "Người dân tổ dân phố số 3 phấn khởi, tin tưởng vào chủ trương tinh gọn bộ" + " máy.",
                    12,
                    false,
                    null,
                    null,
                    null),
            new Sample(
                    "Đảng ủy phường Văn Miếu",
                    Opinion.Kind.OPINION,
                    Opinion.Classification.CONCERN,
                    Opinion.Channel.FIELD,
                    "Một số cán bộ không chuyên trách băn khoăn về việc bố trí công tác khi sắp"
                            + " xếp tổ chức bộ máy.",
                    13,
                    true,
                    null,
                    null,
                    null),
            new Sample(
                    "Đảng ủy phường Quốc Tử Giám",
                    Opinion.Kind.OPINION,
                    Opinion.Classification.SUGGESTION,
                    Opinion.Channel.MEETING,
                    "Đề nghị biên soạn tài liệu hỏi - đáp ngắn gọn về 7 định hướng chiến lược"
                            + " để tuyên truyền đến tổ dân phố.",
                    13,
                    true,
                    null,
                    null,
                    "Ban Tuyên giáo Quận ủy đã chuyển tài liệu tuyên truyền theo Công văn 598-CV/BTGQU."),
            new Sample(
                    "Đảng ủy phường Quốc Tử Giám",
                    Opinion.Kind.OPINION,
                    Opinion.Classification.COMPLAINT,
                    Opinion.Channel.FIELD,
                    "Người dân phàn nàn thủ tục hành chính ở bộ phận một cửa còn chậm.",
                    14,
                    true,
                    null,
                    null,
                    null),
            new Sample(
                    "Quận ủy Đống Đa",
                    Opinion.Kind.DISTORTION,
                    null,
                    Opinion.Channel.ELSEWHERE,
                    "Video cắt ghép cho rằng đợt sinh hoạt chính trị chỉ là hình thức.",
                    14,
                    true,
                    "Một trang mạng xã hội không chính thống",
                    null,
                    "Ban Tuyên giáo Quận ủy đăng bài phản bác, cung cấp thông tin chính thức trên cổng thông tin quận."));

    private final JdbcClient jdbc;
    private final Opinions opinions;
    private final TransactionTemplate transaction;

    OpinionDemoData(JdbcClient jdbc, Opinions opinions, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.opinions = opinions;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
    }

    void load() {
        Long campaign = jdbc.sql("SELECT " + CampaignSql.topNamed(":t"))
                .param("t", CAMPAIGN)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (campaign == null) {
            log.info("Demo opinions: no campaign \"{}\"; none loaded", CAMPAIGN);
            return;
        }
        boolean loaded = jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal_opinion WHERE campaign_id = :c)")
                .param("c", campaign)
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        var office =
                new Actor(0, "demo", "Ban Tuyên giáo (dữ liệu mẫu)", Set.of(Role.ADMIN), List.of(), List.of(), null);
        for (var s : SAMPLES) {
            Long organization = jdbc.sql("SELECT " + TreeSql.openNamed(":name", "CAST(NULL AS bigint)"))
                    .param("name", s.organization())
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (organization == null) {
                continue;
            }
            opinions.record(
                    new OpinionInput.New(
                            s.kind(),
                            s.classification(),
                            s.channel(),
                            campaign,
                            organization,
                            null,
                            s.content(),
                            s.sourceText(),
                            s.sourceUrl(),
                            LocalDate.of(2024, 12, s.day()),
                            s.needsAnswer(),
                            s.answer()),
                    office);
        }
        log.info("Demo opinions: {} for the campaign on the new era, week 2024-W50", SAMPLES.size());
    }
}

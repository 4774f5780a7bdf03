package vn.neuguong.campaign;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;

/**
 * Long Biên's 2024 round under 104-KH/QU (article 001 tells its 2022 round in phường Bồ Đề; the 2024 round, its
 * deadlines and its figures are the demo's): each ward holds its feedback conference on its leaders by 31/5/2024 and
 * reports by 30/11/2024, each cell meets on it by 30/6/2024. Launched on the tree of 2024, before the wards Bồ Đề and
 * Ngọc Lâm merge in July 2025 (that part runs later), so its board reads the two old wards. A round already there
 * is left alone.
 */
@Component
@Profile("seed")
@Order(61)
class LongBienCampaignDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(LongBienCampaignDemoData.class);
    static final String TITLE = "Lấy ý kiến góp ý việc tu dưỡng, rèn luyện đạo đức của người đứng đầu năm 2024";
    /** Article 001's round: each ward runs its ballot round on its two heads, closed with results, by 31/5/2022. */
    static final String TITLE_2022 = "Lấy ý kiến góp ý việc tu dưỡng, rèn luyện đạo đức của người đứng đầu năm 2022";

    private static final String NOTE = "Đã thực hiện, có biên bản lưu tại văn phòng (dữ liệu mẫu)";

    private final JdbcClient jdbc;
    private final CampaignDrafts drafts;
    private final Fulfilments fulfilments;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LongBienCampaignDemoData(
            JdbcClient jdbc,
            CampaignDrafts drafts,
            Fulfilments fulfilments,
            TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.fulfilments = fulfilments;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ballotRounds2022();
        round(
                TITLE,
                LocalDate.of(2024, 3, 1),
                List.of(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 11, 30)));
    }

    /**
     * A round of Long Biên under 104-KH/QU from {@code startsOn} to the end of its year, launched on its first day:
     * a ward conference, the cells' meetings and a ward report, due on the three {@code dueOn}; one line in three
     * behind and never done, one in four done a few days late, the others on time.
     */
    void round(String title, LocalDate startsOn, List<LocalDate> dueOn) {
        var district = jdbc.sql("SELECT " + TreeSql.openNamed("'Quận ủy Long Biên'", "CAST(NULL AS bigint)"))
                .query(Long.class)
                .optional();
        var plan = jdbc.sql("SELECT d.id FROM " + DocumentSql.summaries() + " d WHERE d.number = '104-KH/QU'"
                        + " ORDER BY d.id LIMIT 1")
                .query(Long.class)
                .optional();
        if (district.isEmpty() || plan.isEmpty()) {
            log.info("Campaign demo data: Quận ủy Long Biên or 104-KH/QU is missing, {} is not created", title);
            return;
        }
        transaction.executeWithoutResult(status -> round(title, district.get(), plan.get(), startsOn, dueOn));
    }

    /**
     * The 2022 round of article 001: one line, a ballot round on each ward's Bí thư and Chủ tịch UBND, due on
     * 31/5/2022. No line is marked here: a ward's closed round with results fulfils its own (the ballot demo closes
     * Bồ Đề's), so the district's board shows the wards that have not held theirs.
     */
    private void ballotRounds2022() {
        var district = jdbc.sql("SELECT " + TreeSql.openNamed("'Quận ủy Long Biên'", "CAST(NULL AS bigint)"))
                .query(Long.class)
                .optional();
        var plan = jdbc.sql("SELECT d.id FROM " + DocumentSql.summaries() + " d WHERE d.number = '104-KH/QU'"
                        + " ORDER BY d.id LIMIT 1")
                .query(Long.class)
                .optional();
        if (district.isEmpty() || plan.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            boolean exists = jdbc.sql("SELECT count(*) > 0 FROM campaign WHERE owner_id = :o AND title = :t")
                    .param("o", district.get())
                    .param("t", TITLE_2022)
                    .query(Boolean.class)
                    .single();
            if (exists) {
                return;
            }
            var startsOn = LocalDate.of(2022, 2, 11);
            var campaign = drafts.create(
                    new CampaignForm(
                            TITLE_2022,
                            "Lấy ý kiến góp ý việc tu dưỡng, rèn luyện đạo đức gắn với trách nhiệm nêu gương của"
                                    + " người đứng đầu các địa phương trên địa bàn quận Long Biên",
                            plan.get(),
                            district.get(),
                            List.of(district.get()),
                            startsOn,
                            LocalDate.of(2022, 12, 31),
                            List.of(new RequirementForm(
                                    ObligationKind.BALLOT_ROUND,
                                    AppliesTo.GRASSROOTS_COMMITTEE,
                                    LocalDate.of(2022, 5, 31),
                                    "Lấy ý kiến góp ý Bí thư Đảng ủy, Chủ tịch UBND phường (đợt I)",
                                    null))),
                    Scope.everything());
            drafts.launch(campaign.id(), campaign.version(), Scope.everything(), startsOn);
            log.info("Campaign demo data: {} launched", TITLE_2022);
        });
    }

    private void round(String title, long district, long plan, LocalDate startsOn, List<LocalDate> dueOn) {
        boolean exists = jdbc.sql("SELECT count(*) > 0 FROM campaign WHERE owner_id = :o AND title = :t")
                .param("o", district)
                .param("t", title)
                .query(Boolean.class)
                .single();
        if (exists) {
            return;
        }
        var campaign = drafts.create(
                new CampaignForm(
                        title,
                        "Tu dưỡng, rèn luyện đạo đức gắn với trách nhiệm nêu gương của người đứng đầu các địa phương",
                        plan,
                        district,
                        List.of(district),
                        startsOn,
                        LocalDate.of(startsOn.getYear(), 12, 31),
                        List.of(
                                new RequirementForm(
                                        ObligationKind.HOLD_CONFERENCE,
                                        AppliesTo.GRASSROOTS_COMMITTEE,
                                        dueOn.get(0),
                                        "Hội nghị lấy ý kiến góp ý",
                                        null),
                                new RequirementForm(
                                        ObligationKind.CELL_MEETINGS,
                                        AppliesTo.CELL,
                                        dueOn.get(1),
                                        "Sinh hoạt chi bộ góp ý",
                                        null),
                                new RequirementForm(
                                        ObligationKind.PERIODIC_REPORT,
                                        AppliesTo.GRASSROOTS_COMMITTEE,
                                        dueOn.get(2),
                                        "Báo cáo kết quả năm " + startsOn.getYear(),
                                        null))),
                Scope.everything());
        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), startsOn);
        record Line(long id, int version, LocalDate dueOn, int rank) {}
        var lines = jdbc.sql("""
                        SELECT ob.id, ob.version, ob.due_on,
                               (row_number() OVER (PARTITION BY ob.requirement_id ORDER BY %s) - 1)::int AS rank
                          FROM obligation ob WHERE ob.campaign_id = :c ORDER BY ob.id
                        """.formatted(TreeSql.path("ob.organization_id")))
                .param("c", campaign.id())
                .query(Line.class)
                .list();
        for (var line : lines) {
            if (line.rank() % 3 == 1) {
                continue;
            }
            var on = line.rank() % 4 == 2
                    ? line.dueOn().plusDays(6)
                    : line.dueOn().minusDays(3);
            fulfilments.markDone(line.id(), line.version(), on, NOTE, null, Scope.everything(), LocalDate.now(clock));
        }
        log.info("Campaign demo data: {} launched", title);
    }
}

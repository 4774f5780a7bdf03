package vn.neuguong.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import vn.neuguong.campaign.Recurrence.QuotaPeriod;
import vn.neuguong.campaign.Recurrence.QuotaUnit;
import vn.neuguong.directive.Documents;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;

/**
 * The Hậu Giang themes of article 003: the Tỉnh ủy's whole-term theme of the XIII Congress and, inside it, its
 * 2024-2025 theme taken up by the Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh: every cell carries the theme's
 * content in its regular monthly meeting, and holds a quarterly thematic meeting on it at least one quarter a year
 * through 2025. The cells' acts follow a fixed pattern up to today. A theme already there (same owner and title) is
 * left alone.
 */
@Component
@Profile("seed")
@Order(61)
class RecurringCampaignDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(RecurringCampaignDemoData.class);
    static final String TERM_TITLE = "Chuyên đề toàn khóa Đại hội XIII của Đảng";
    static final String YEAR_TITLE = "Chuyên đề năm 2024-2025 của Tỉnh ủy Hậu Giang";
    static final LocalDate YEAR_STARTS = LocalDate.of(2024, 6, 1);
    static final LocalDate YEAR_ENDS = LocalDate.of(2025, 12, 31);
    private static final String NOTE = "Đã sinh hoạt, có biên bản của chi bộ (dữ liệu mẫu)";

    private final JdbcClient jdbc;
    private final Documents documents;
    private final CampaignDrafts drafts;
    private final Fulfilments fulfilments;
    private final PeriodOpenings openings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RecurringCampaignDemoData(
            JdbcClient jdbc,
            Documents documents,
            CampaignDrafts drafts,
            Fulfilments fulfilments,
            PeriodOpenings openings,
            TransactionTemplate transaction,
            Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.drafts = drafts;
        this.fulfilments = fulfilments;
        this.openings = openings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var province = organization("Tỉnh ủy Hậu Giang");
        var bloc = organization("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh");
        if (province.isEmpty() || bloc.isEmpty()) {
            log.info("Recurring campaign demo data skipped: Tỉnh ủy Hậu Giang or its Đảng ủy Khối is missing");
            return;
        }
        transaction.executeWithoutResult(status -> load(province.get(), bloc.get()));
    }

    private void load(long province, long bloc) {
        if (campaign(province, YEAR_TITLE).isPresent()) {
            return;
        }
        long term = campaign(province, TERM_TITLE).orElseGet(() -> term(province, bloc));
        long plan = plan(
                province,
                LocalDate.of(2024, 5, 20),
                "Kế hoạch thực hiện " + YEAR_TITLE
                        + " \"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phát huy nội lực, tận dụng"
                        + " “thời kỳ vàng”, hiện thực hóa khát vọng xây dựng tỉnh Hậu Giang phát triển nhanh, bền vững,"
                        + " toàn diện, bao trùm\" (dữ liệu mẫu)");
        var rows = List.of(
                new RequirementForm(
                        ObligationKind.CELL_MEETINGS,
                        AppliesTo.CELL,
                        YEAR_ENDS,
                        "Nội dung Chuyên đề trong sinh hoạt chi bộ thường kỳ hàng tháng",
                        null,
                        Recurrence.MONTHLY,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                new RequirementForm(
                        ObligationKind.CELL_MEETINGS,
                        AppliesTo.CELL,
                        YEAR_ENDS,
                        "Sinh hoạt chuyên đề quý (ít nhất mỗi năm 1 quý)",
                        null,
                        Recurrence.QUOTA,
                        null,
                        null,
                        null,
                        1,
                        QuotaPeriod.YEAR,
                        QuotaUnit.QUARTER,
                        null));
        var campaign = drafts.create(
                new CampaignForm(
                        YEAR_TITLE,
                        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phát huy nội lực, tận dụng"
                                + " “thời kỳ vàng”, hiện thực hóa khát vọng xây dựng tỉnh Hậu Giang phát triển nhanh,"
                                + " bền vững, toàn diện, bao trùm",
                        plan,
                        province,
                        List.of(bloc),
                        YEAR_STARTS,
                        YEAR_ENDS,
                        rows,
                        term),
                Scope.everything());
        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), YEAR_STARTS);
        // the periods started since the launch, as the scheduled job opens them
        openings.openThrough(LocalDate.now(clock));
        act(campaign.id());
        log.info("Recurring campaign demo data: {} launched inside {}", YEAR_TITLE, TERM_TITLE);
    }

    private long term(long province, long bloc) {
        long plan = plan(
                province,
                LocalDate.of(2021, 6, 15),
                "Kế hoạch thực hiện " + TERM_TITLE
                        + " \"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát"
                        + " vọng phát triển đất nước phồn vinh, hạnh phúc\" (dữ liệu mẫu)");
        var campaign = drafts.create(
                new CampaignForm(
                        TERM_TITLE,
                        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và"
                                + " khát vọng phát triển đất nước phồn vinh, hạnh phúc",
                        plan,
                        province,
                        List.of(bloc),
                        LocalDate.of(2021, 6, 15),
                        LocalDate.of(2025, 12, 31),
                        List.of(new RequirementForm(
                                ObligationKind.HOLD_CONFERENCE,
                                AppliesTo.GRASSROOTS_COMMITTEE,
                                LocalDate.of(2021, 9, 30),
                                "Học tập, quán triệt Chuyên đề toàn khóa",
                                null))),
                Scope.everything());
        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), LocalDate.of(2021, 6, 15));
        return campaign.id();
    }

    /**
     * The cells' acts up to today: most hold the month's meeting on the 20th, a few late or not at all; the quarter
     * quota met in the third quarter of 2024 by every other cell and in the second quarter of 2025 by two in three.
     */
    private void act(long campaignId) {
        LocalDate today = LocalDate.now(clock);
        for (var ob : owed(campaignId)) {
            int i = ob.index();
            Optional<LocalDate> on;
            if (ob.position() == 0) {
                int month = ob.periodStartsOn().getMonthValue();
                on = (i + month) % 7 == 0
                        ? Optional.empty()
                        : Optional.of(
                                (i + month) % 5 == 0
                                        ? ob.periodEndsOn().plusDays(3)
                                        : ob.periodStartsOn().plusDays(19));
            } else if (ob.periodStartsOn().getYear() == 2024) {
                on = i % 2 == 0 ? Optional.of(LocalDate.of(2024, 9, 15)) : Optional.empty();
            } else {
                on = i % 3 != 0 ? Optional.of(LocalDate.of(2025, 6, 10)) : Optional.empty();
            }
            on.filter(day -> !day.isAfter(today))
                    .ifPresent(day ->
                            fulfilments.markDone(ob.id(), ob.version(), day, NOTE, null, Scope.everything(), today));
        }
    }

    /** An obligation of the theme with the rank of its cell, for the fixed pattern. */
    record Owed(long id, int index, int position, LocalDate periodStartsOn, LocalDate periodEndsOn, int version) {}

    private List<Owed> owed(long campaignId) {
        return jdbc.sql("""
                        SELECT ob.id, (dense_rank() OVER (ORDER BY o.path) - 1)::int AS index, r.position,
                               ob.period_starts_on, ob.period_ends_on, ob.version
                        FROM obligation ob JOIN %s o ON o.id = ob.organization_id
                        JOIN campaign_requirement r ON r.id = ob.requirement_id
                        WHERE ob.campaign_id = :c ORDER BY o.path, r.position, ob.period_starts_on
                        """.formatted(TreeSql.organizations()))
                .param("c", campaignId)
                .query(Owed.class)
                .list();
    }

    private long plan(long province, LocalDate issuedOn, String summary) {
        return documents
                .issue(
                        new NewDocument("KH", province, issuedOn, summary, null, List.of(), List.of()),
                        Scope.everything())
                .id();
    }

    private Optional<Long> organization(String name) {
        return jdbc.sql("SELECT o.id FROM " + TreeSql.organizations() + " o WHERE o.name = :n AND o.open")
                .param("n", name)
                .query(Long.class)
                .optional();
    }

    private Optional<Long> campaign(long owner, String title) {
        return jdbc.sql("SELECT id FROM campaign WHERE owner_id = :o AND title = :t AND parent_id IS NULL")
                .param("o", owner)
                .param("t", title)
                .query(Long.class)
                .optional();
    }
}

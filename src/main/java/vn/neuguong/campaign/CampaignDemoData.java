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
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;

/**
 * The campaigns of the seed articles, replayed in Đống Đa: the 2023 theme "trách nhiệm nêu gương" (article 000:
 * study conference by 30/5/2023, quarterly reports) and the political study round on the new era directed by
 * 347-KH/QU (article 004: cell meetings on 16-12-2024, in January and February 2025, members' reflections, the
 * wards' action programmes). Fulfilment follows a fixed pattern, so some wards are on time, some late, some overdue.
 * The cell of the demo member (Chi bộ Tổ dân phố số 1, phường Văn Miếu) has not filed its members' submissions, so
 * that member has something to submit on his task list; the meetings of the Văn Miếu cells are left to their approved
 * minutes. A campaign already there (same owner and directing document) is left alone.
 */
@Component
@Profile("seed")
@Order(60)
class CampaignDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(CampaignDemoData.class);
    static final String NEW_ERA_TITLE = "Đợt sinh hoạt chính trị về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc";
    static final String THEME_2023_TITLE = "Chuyên đề năm 2023 về trách nhiệm nêu gương";
    private static final String NOTE = "Đã thực hiện, có biên bản lưu tại văn phòng (dữ liệu mẫu)";

    private final JdbcClient jdbc;
    private final CampaignDrafts drafts;
    private final Fulfilments fulfilments;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CampaignDemoData(
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
        var dongDa = jdbc.sql("SELECT o.id FROM " + TreeSql.organizations()
                        + " o WHERE o.name = 'Quận ủy Đống Đa' AND o.open")
                .query(Long.class)
                .optional();
        if (dongDa.isEmpty()) {
            log.info("Campaign demo data skipped: Quận ủy Đống Đa is missing");
            return;
        }
        transaction.executeWithoutResult(status -> theme2023(dongDa.get()));
        transaction.executeWithoutResult(status -> newEra(dongDa.get()));
    }

    private void theme2023(long dongDa) {
        var theme = themeDocument(dongDa);
        if (theme.isEmpty()) {
            log.info("Campaign demo data: the plan of the 2023 theme is missing, its campaign is not created");
            return;
        }
        long document = theme.get();
        if (exists(dongDa, document)) {
            return;
        }
        var rows = List.of(
                new RequirementForm(
                        ObligationKind.HOLD_CONFERENCE,
                        AppliesTo.GRASSROOTS_COMMITTEE,
                        LocalDate.of(2023, 5, 30),
                        "Học tập, quán triệt Chuyên đề năm 2023",
                        null),
                report(1, LocalDate.of(2023, 4, 28)),
                report(2, LocalDate.of(2023, 6, 25)),
                report(3, LocalDate.of(2023, 9, 25)),
                report(4, LocalDate.of(2023, 12, 15)),
                // article 000: the Front and the socio-political organizations study the theme too, by the same day,
                // and report every quarter; the lines come last, so the wards' lines keep their positions
                new RequirementForm(
                        ObligationKind.HOLD_CONFERENCE,
                        AppliesTo.FRONT_AND_MASS,
                        LocalDate.of(2023, 5, 30),
                        "Mặt trận, đoàn thể học tập, quán triệt Chuyên đề năm 2023",
                        null),
                new RequirementForm(
                        ObligationKind.PERIODIC_REPORT,
                        AppliesTo.FRONT_AND_MASS,
                        LocalDate.of(2023, 6, 25),
                        "Mặt trận, đoàn thể: báo cáo quý 2/2023",
                        null));
        var campaign = drafts.create(
                new CampaignForm(
                        THEME_2023_TITLE,
                        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương trong "
                                + "lãnh đạo, chỉ đạo phát triển kinh tế, văn hóa, xã hội, an ninh – quốc phòng",
                        document,
                        dongDa,
                        List.of(dongDa),
                        LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 12, 31),
                        rows),
                Scope.everything());
        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), LocalDate.of(2023, 4, 25));
        var wardObligations = owed(campaign.id(), "GRASSROOTS_COMMITTEE");
        for (var ob : wardObligations) {
            int i = ob.index();
            if (ob.position() == 0) {
                if (i % 7 == 3) {
                    continue;
                }
                fulfil(ob, i % 4 == 0 ? LocalDate.of(2023, 6, 5 + i / 4) : LocalDate.of(2023, 5, 10 + i % 15));
            } else {
                int quarter = ob.position();
                if ((i + quarter) % 6 == 0) {
                    continue;
                }
                fulfil(
                        ob,
                        (i + quarter) % 5 == 0
                                ? ob.dueOn().plusDays(7)
                                : ob.dueOn().minusDays(2));
            }
        }
        // the district's Front and organizations on time; phường Kim Liên's still open (overdue), for its unit account
        var districtUnits = jdbc.sql("SELECT o.id FROM " + TreeSql.organizations() + " o WHERE o.parent_id = :d")
                .param("d", dongDa)
                .query(Long.class)
                .list();
        for (String kind : List.of("FRONT", "MASS_ORGANIZATION")) {
            for (var ob : owed(campaign.id(), kind)) {
                if (districtUnits.contains(ob.organizationId())) {
                    fulfil(ob, ob.dueOn().minusDays(3));
                }
            }
        }
        log.info("Campaign demo data: {} launched", THEME_2023_TITLE);
    }

    private void newEra(long dongDa) {
        var document = jdbc.sql("SELECT d.id FROM " + DocumentSql.summaries()
                        + " d WHERE d.number = '347-KH/QU' ORDER BY d.id LIMIT 1")
                .query(Long.class)
                .optional();
        if (document.isEmpty()) {
            log.info("Campaign demo data: document 347-KH/QU is missing, the new era round is not created");
            return;
        }
        if (exists(dongDa, document.get())) {
            return;
        }
        var rows = List.of(
                new RequirementForm(
                        ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2024, 12, 16), "16-12-2024", null),
                new RequirementForm(
                        ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 1, 31), "Tháng 01-2025", null),
                new RequirementForm(
                        ObligationKind.CELL_MEETINGS, AppliesTo.CELL, LocalDate.of(2025, 2, 28), "Tháng 02-2025", null),
                new RequirementForm(
                        ObligationKind.MEMBER_SUBMISSIONS, AppliesTo.CELL, LocalDate.of(2025, 2, 28), null, null),
                new RequirementForm(
                        ObligationKind.ACTION_PROGRAMME,
                        AppliesTo.GRASSROOTS_COMMITTEE,
                        LocalDate.of(2025, 2, 28),
                        null,
                        null));
        var campaign = drafts.create(
                new CampaignForm(
                        NEW_ERA_TITLE,
                        "Nghiên cứu, quán triệt, tuyên truyền tư tưởng chỉ đạo, định hướng lớn của Đảng và đồng chí "
                                + "Tổng Bí thư Tô Lâm về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc",
                        document.get(),
                        dongDa,
                        List.of(dongDa),
                        LocalDate.of(2024, 12, 11),
                        LocalDate.of(2025, 3, 31),
                        rows),
                Scope.everything());
        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), LocalDate.of(2024, 12, 11));
        var demoMembersCell = jdbc.sql(
                        "SELECT c.id FROM " + TreeSql.organizations() + " c JOIN " + TreeSql.organizations()
                                + " w ON w.id = c.parent_id WHERE w.name = 'Đảng ủy phường Văn Miếu'"
                                + " AND c.name = 'Chi bộ Tổ dân phố số 1'")
                .query(Long.class)
                .optional();
        // the Văn Miếu cells' meetings are answered by their approved minutes (the meeting module's demo data)
        var vanMieuCells = jdbc.sql("SELECT c.id FROM " + TreeSql.organizations() + " c JOIN "
                        + TreeSql.organizations() + " w ON w.id = c.parent_id WHERE w.name = 'Đảng ủy phường Văn Miếu'"
                        + " AND c.kind = 'CELL'")
                .query(Long.class)
                .list();
        for (var ob : owed(campaign.id(), "CELL")) {
            int j = ob.index();
            if (ob.kind() == ObligationKind.MEMBER_SUBMISSIONS
                    && demoMembersCell.isPresent()
                    && demoMembersCell.get() == ob.organizationId()) {
                continue;
            }
            if (ob.kind() == ObligationKind.CELL_MEETINGS && vanMieuCells.contains(ob.organizationId())) {
                continue;
            }
            Optional<LocalDate> on = switch (ob.position()) {
                case 0 ->
                    j % 9 == 0
                            ? Optional.empty()
                            : Optional.of(j % 4 == 0 ? LocalDate.of(2024, 12, 18) : LocalDate.of(2024, 12, 16));
                case 1 ->
                    j % 6 == 0
                            ? Optional.empty()
                            : Optional.of(j % 5 == 0 ? LocalDate.of(2025, 2, 3) : LocalDate.of(2025, 1, 10 + j % 15));
                case 2 -> j % 5 == 0 ? Optional.empty() : Optional.of(LocalDate.of(2025, 2, 20));
                default -> j % 3 == 0 ? Optional.empty() : Optional.of(LocalDate.of(2025, 2, 25));
            };
            on.ifPresent(date -> fulfil(ob, date));
        }
        for (var ob : owed(campaign.id(), "GRASSROOTS_COMMITTEE")) {
            int i = ob.index();
            if (i % 3 != 0) {
                fulfil(ob, i % 4 == 1 ? LocalDate.of(2025, 3, 5) : LocalDate.of(2025, 2, 26));
            }
        }
        log.info("Campaign demo data: {} launched", NEW_ERA_TITLE);
    }

    private static RequirementForm report(int quarter, LocalDate dueOn) {
        return new RequirementForm(
                ObligationKind.PERIODIC_REPORT,
                AppliesTo.GRASSROOTS_COMMITTEE,
                dueOn,
                "Quý " + quarter + "/2023",
                null);
    }

    /** An obligation with the rank of its organization among those of its kind, for the fixed pattern. */
    record Owed(
            long id, long organizationId, ObligationKind kind, int index, int position, LocalDate dueOn, int version) {}

    private List<Owed> owed(long campaignId, String kind) {
        return jdbc.sql("""
                        SELECT ob.id, ob.organization_id, ob.kind, (dense_rank() OVER (ORDER BY o.path) - 1)::int AS index,
                               r.position, ob.due_on, ob.version
                        FROM obligation ob JOIN %s o ON o.id = ob.organization_id
                        JOIN campaign_requirement r ON r.id = ob.requirement_id
                        WHERE ob.campaign_id = :c AND o.kind = :kind ORDER BY o.path, r.position
                        """.formatted(TreeSql.organizations()))
                .param("c", campaignId)
                .param("kind", kind)
                .query(Owed.class)
                .list();
    }

    private void fulfil(Owed obligation, LocalDate on) {
        fulfilments.markDone(
                obligation.id(), obligation.version(), on, NOTE, null, Scope.everything(), LocalDate.now(clock));
    }

    private boolean exists(long owner, long document) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM campaign WHERE owner_id = :o AND directing_document_id = :d "
                        + "AND parent_id IS NULL)")
                .param("o", owner)
                .param("d", document)
                .query(Boolean.class)
                .single();
    }

    /** The plan behind the 2023 theme, registered by the documents' demo data (it has no number in the articles). */
    private java.util.Optional<Long> themeDocument(long dongDa) {
        return jdbc.sql("SELECT d.id FROM " + DocumentSql.summaries() + " d WHERE d.issuer_id = :o"
                        + " AND EXTRACT(YEAR FROM d.issued_on) = 2023 AND d.type_code = 'KH'"
                        + " AND d.search_text LIKE '%chuyen de nam 2023%' ORDER BY d.id LIMIT 1")
                .param("o", dongDa)
                .query(Long.class)
                .optional();
    }
}

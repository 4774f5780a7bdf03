package vn.neuguong.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import vn.neuguong.campaign.AppliesTo;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.Role;

/**
 * The Đống Đa 2023 theme's quarterly reports (article 000: every unit "reports to the Quận ủy every quarter to be
 * aggregated"): a template of the Quận ủy, the wards' reports of the first two quarters handed over on the days the
 * campaign's demo marked their report lines done (so some are late), the wards whose line is still open with no
 * report or only a draft, one ward's figure corrected with its reason, one second-quarter report returned; the
 * Quận ủy's own first-quarter report adds up its wards. Then article 002's interim review of Quận ủy Thanh Xuân,
 * issued as a numbered report on 14/5/2024 ({@link ReviewDemoData}). Loading again adds nothing.
 */
@Component
@Profile("seed")
@Order(130)
class ReportDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportDemoData.class);
    static final String TITLE = "Báo cáo kết quả thực hiện Chuyên đề năm 2023";
    static final String THEME_2023 = "Chuyên đề năm 2023 về trách nhiệm nêu gương";
    static final Actor DEMO =
            new Actor(0, "demo", "Văn phòng Quận ủy (dữ liệu mẫu)", Set.of(Role.ADMIN), List.of(), List.of(), null);
    private static final String[] SIGNERS = {
        "Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Tuấn", "Phạm Thị Hoa", "Hoàng Văn Nam", "Đỗ Thị Thu", "Vũ Đức Anh"
    };

    private final JdbcClient jdbc;
    private final ReportTemplates templates;
    private final ReportWork work;
    private final Reports reports;
    private final ReviewDemoData reviews;
    private final TransactionTemplate transaction;

    ReportDemoData(
            JdbcClient jdbc,
            ReportTemplates templates,
            ReportWork work,
            Reports reports,
            ReviewDemoData reviews,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.work = work;
        this.reports = reports;
        this.reviews = reviews;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> quarters());
        transaction.executeWithoutResult(status -> reviews.thanhXuan());
    }

    private void quarters() {
        Long district = jdbc.sql("SELECT " + TreeSql.openNamed("'Quận ủy Đống Đa'", "CAST(NULL AS bigint)"))
                .query(Long.class)
                .single();
        Long campaign = jdbc.sql("SELECT " + CampaignSql.topNamed(":t"))
                .param("t", THEME_2023)
                .query(Long.class)
                .single();
        if (district == null || campaign == null) {
            log.info("Report demo data: Quận ủy Đống Đa or its 2023 theme is missing");
            return;
        }
        boolean exists = jdbc.sql("SELECT count(*) > 0 FROM report_template WHERE organization_id = :o AND title = :t")
                .param("o", district)
                .param("t", TITLE)
                .query(Boolean.class)
                .single();
        if (exists) {
            return;
        }
        var template = templates.create(
                new ReportInput.Template(
                        TITLE,
                        district,
                        campaign,
                        ReportPeriod.QUARTER,
                        AppliesTo.GRASSROOTS_COMMITTEE,
                        null,
                        List.of(
                                indicator(
                                        "Số hội nghị học tập, quán triệt đã tổ chức",
                                        "COUNT",
                                        "meeting.conferencesHeld",
                                        null),
                                indicator(
                                        "Nhiệm vụ hoàn thành đúng hạn / nhiệm vụ đến hạn",
                                        "RATIO",
                                        "campaign.obligationsOnTime",
                                        "campaign.obligationsDue"),
                                indicator("Số đảng viên được học tập, quán triệt", "COUNT", null, null),
                                indicator("Kết quả nổi bật", "TEXT", null, null),
                                indicator("Hạn chế, nguyên nhân", "TEXT", null, null),
                                indicator("Đề xuất, kiến nghị", "TEXT", null, null))),
                Scope.everything());
        quarter(template, district, LocalDate.of(2023, 1, 1));
        quarter(template, district, LocalDate.of(2023, 4, 1));
        var own = work.open(
                new ReportInput.Opening(template.id(), district, LocalDate.of(2023, 1, 1)), DEMO, LocalDate.now());
        fill(own, 0, "Các đảng bộ phường đã quán triệt Chuyên đề năm 2023 đến 100% chi bộ.");
        var handed = reports.get(own.id(), Scope.everything());
        work.submit(
                handed.id(),
                handed.version(),
                new ReportInput.Submission("Đinh Trường Thọ", null),
                DEMO,
                LocalDate.of(2023, 5, 10));
        log.info("Report demo data: {} with the wards' first two quarters", TITLE);
    }

    private record Owing(long organizationId, String name, LocalDate dueOn, LocalDate fulfilledOn) {}

    /**
     * One quarter of the wards: a ward whose line the campaign's demo marked done hands over on that day; the first
     * ward whose line is open has no report at all, the others only a draft.
     */
    private void quarter(ReportTemplate template, long district, LocalDate start) {
        var owing = jdbc.sql("SELECT m.organization_id, " + TreeSql.name("m.organization_id") + " AS name,"
                        + " m.due_on, m.fulfilled_on FROM (" + ReportSql.matchedObligations() + ") m"
                        + " WHERE m.organization_id IN (SELECT c.id FROM " + TreeSql.open("c")
                        + " WHERE c.parent_id = :district) ORDER BY name")
                .params(Map.of(
                        "template",
                        template.id(),
                        "start",
                        start,
                        "end",
                        template.period().endOf(start),
                        "district",
                        district))
                .query((rs, n) -> new Owing(
                        rs.getLong("organization_id"),
                        rs.getString("name"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getObject("fulfilled_on", LocalDate.class)))
                .list();
        boolean oneMissing = false;
        boolean returned = false;
        for (int i = 0; i < owing.size(); i++) {
            var ward = owing.get(i);
            if (ward.fulfilledOn() == null && !oneMissing) {
                oneMissing = true;
                continue;
            }
            var opened = work.open(
                    new ReportInput.Opening(template.id(), ward.organizationId(), start), DEMO, LocalDate.now());
            fill(opened, i, texts(ward.name()));
            if (ward.fulfilledOn() == null) {
                continue;
            }
            if (ward.name().equals("Đảng ủy phường Văn Miếu") && start.getMonthValue() == 1) {
                correct(reports.get(opened.id(), Scope.everything()));
            }
            var report = reports.get(opened.id(), Scope.everything());
            report = work.submit(
                    report.id(),
                    report.version(),
                    new ReportInput.Submission(SIGNERS[i % SIGNERS.length], (10 + i) + "-BC/ĐU"),
                    DEMO,
                    ward.fulfilledOn());
            var decided = ward.fulfilledOn().plusDays(5);
            if (start.getMonthValue() == 4 && !returned && i % 3 == 1) {
                returned = true;
                work.decide(
                        report.id(),
                        report.version(),
                        false,
                        new ReportInput.Decision(
                                "Đề nghị bổ sung số liệu hội nghị trực tuyến và làm rõ nguyên nhân nhiệm vụ chậm tiến độ."),
                        DEMO,
                        decided);
            } else if (start.getMonthValue() == 1 || i % 2 == 0) {
                work.decide(report.id(), report.version(), true, new ReportInput.Decision(null), DEMO, decided);
            }
        }
    }

    private void fill(Report report, int i, String text) {
        var figures = new ArrayList<ReportInput.FigureInput>();
        var texts = text.split("\\|", -1);
        int section = 0;
        for (var f : report.figures()) {
            if (f.kind() == ReportTemplate.Kind.TEXT) {
                String words = section < texts.length ? texts[section] : "";
                section++;
                figures.add(new ReportInput.FigureInput(f.indicatorId(), null, null, words, null));
            } else if (f.proposed() == null && !report.aggregates()) {
                figures.add(new ReportInput.FigureInput(f.indicatorId(), 180L + (i * 37L) % 240, null, null, null));
            }
        }
        work.change(report.id(), report.version(), new ReportInput.Figures(figures), DEMO);
    }

    /** Văn Miếu counts an online conference the system has no record of, and says so. */
    private void correct(Report report) {
        var conferences = report.figures().get(0);
        long value = (conferences.value() == null ? 0 : conferences.value()) + 1;
        work.change(
                report.id(),
                report.version(),
                new ReportInput.Figures(List.of(new ReportInput.FigureInput(
                        conferences.indicatorId(),
                        value,
                        null,
                        null,
                        "Hội nghị trực tuyến ngày 15/3/2023 tại 4 chi bộ chưa được ghi nhận trên hệ thống"))),
                DEMO);
    }

    private static String texts(String ward) {
        String place = PartyHeading.place(ward);
        return "Đảng ủy phường " + place + " đã quán triệt Chuyên đề đến các chi bộ; cán bộ, đảng viên đăng ký nêu"
                + " gương gắn với nhiệm vụ được giao.|Một số chi bộ tổ dân phố tổ chức học tập chưa đều, do đảng viên"
                + " cao tuổi đông.|Đề nghị Quận ủy cung cấp thêm tài liệu hỏi đáp Chuyên đề cho các chi bộ.";
    }

    private static ReportInput.IndicatorInput indicator(String label, String kind, String source, String denominator) {
        return new ReportInput.IndicatorInput(label, ReportTemplate.Kind.valueOf(kind), source, denominator);
    }
}

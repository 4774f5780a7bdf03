package vn.neuguong.study;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.shared.Role;
import vn.neuguong.study.ActionProgramme.Progress;
import vn.neuguong.study.ActionProgrammeInput.MeasureInput;
import vn.neuguong.study.ActionProgrammeInput.ProgressInput;

/**
 * The action programmes of article 004 ("các cấp ủy xây dựng chương trình hành động cụ thể để thực hiện"): Quận ủy
 * Đống Đa's, adopted on 20/12/2024 (the article gives no day; the demo's choice, after 347-KH/QU and 598-CV/BTGQU),
 * its measures taken from the article and in mixed progress; and a draft of Đảng ủy phường Văn Miếu.
 */
@Component
@Profile("seed")
@Order(102)
class ActionProgrammeDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(ActionProgrammeDemoData.class);
    static final String DISTRICT_TITLE = "Chương trình hành động của Quận ủy Đống Đa thực hiện đợt sinh hoạt chính trị"
            + " về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc";
    static final String WARD_TITLE = "Chương trình hành động của Đảng ủy phường Văn Miếu (dự thảo)";
    static final LocalDate ADOPTED_ON = LocalDate.of(2024, 12, 20);
    private static final LocalDate DECEMBER_28 = LocalDate.of(2024, 12, 28);
    private static final LocalDate JANUARY_15 = LocalDate.of(2025, 1, 15);
    private static final LocalDate FEBRUARY_28 = LocalDate.of(2025, 2, 28);
    private static final LocalDate MARCH_10 = LocalDate.of(2025, 3, 10);

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final ProgrammeWork work;

    ActionProgrammeDemoData(JdbcClient jdbc, Campaigns campaigns, ProgrammeWork work) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.work = work;
    }

    @Override
    public void run(ApplicationArguments args) {
        var dongDa = organization("'Quận ủy Đống Đa'", "NULL");
        var vanMieu = organization("'Đảng ủy phường Văn Miếu'", "NULL");
        if (dongDa.isEmpty() || vanMieu.isEmpty()) {
            log.info("Action programme demo data: Đống Đa or Văn Miếu is missing, no programme is drafted");
            return;
        }
        var campaign = campaigns.list(Scope.below(dongDa.get()), PageRequest.first(100)).items().stream()
                .filter(c -> c.parentId() == null && c.title().equals(StudyDemoData.ROUND_TITLE))
                .findFirst();
        if (campaign.isEmpty()) {
            log.info("Action programme demo data: the December 2024 round is missing, no programme is drafted");
            return;
        }
        long campaignId = campaign.get().id();
        var staff = new Actor(
                0,
                "demo",
                "Ban Tuyên giáo Quận ủy Đống Đa",
                Set.of(Role.STAFF),
                List.of(dongDa.get()),
                List.of(),
                null);
        district(campaignId, dongDa.get(), staff);
        ward(campaignId, vanMieu.get(), staff);
    }

    private void district(long campaignId, long dongDa, Actor staff) {
        Long secretary = member("Đinh Trường Thọ", dongDa);
        Long deputy = member("Nguyễn Anh Cường", dongDa);
        var measures = List.of(
                new MeasureInput(
                        "Ban hành Công văn 598-CV/BTGQU hướng dẫn tuyên truyền, chuyển tài liệu đợt sinh hoạt chính trị",
                        null,
                        "Ban Tuyên giáo Quận ủy",
                        LocalDate.of(2024, 12, 11),
                        LocalDate.of(2024, 12, 12)),
                new MeasureInput(
                        "Chỉ đạo các chi bộ sinh hoạt chuyên đề ngày 16-12-2024 và tiếp tục trong tháng 01, 02-2025",
                        secretary,
                        "Ban Thường vụ Quận ủy",
                        LocalDate.of(2024, 12, 16),
                        LocalDate.of(2025, 2, 28)),
                new MeasureInput(
                        "Tổ chức tọa đàm, sinh hoạt cấp ủy gắn với xây dựng văn kiện Đại hội lần thứ XXIX Đảng bộ quận",
                        deputy,
                        "Thường trực Quận ủy",
                        LocalDate.of(2025, 1, 2),
                        LocalDate.of(2025, 3, 15)),
                new MeasureInput(
                        "Nắm bắt dư luận xã hội về đợt sinh hoạt; đấu tranh phản bác luận điệu xuyên tạc",
                        null,
                        "Ban Tuyên giáo Quận ủy",
                        LocalDate.of(2024, 12, 12),
                        LocalDate.of(2025, 3, 31)),
                new MeasureInput(
                        "Tuyên truyền sâu rộng đến các tầng lớp Nhân dân qua Mặt trận Tổ quốc và các đoàn thể",
                        null,
                        "Ủy ban MTTQ Việt Nam quận và các tổ chức chính trị - xã hội",
                        LocalDate.of(2025, 1, 2),
                        LocalDate.of(2025, 2, 28)));
        var goals = List.of(
                "Cán bộ, đảng viên, lực lượng vũ trang và Nhân dân quận nhận thức sâu sắc tư tưởng chỉ đạo, định hướng"
                        + " lớn của Đảng và đồng chí Tổng Bí thư Tô Lâm về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc",
                "Tạo sự thống nhất cao trong toàn hệ thống chính trị, đồng thuận trong Nhân dân",
                "Tạo chuyển biến sâu sắc trong ý thức trách nhiệm của từng cán bộ, đảng viên");
        var created = work.create(
                new ActionProgrammeInput.New(campaignId, dongDa, DISTRICT_TITLE, goals, measures),
                staff,
                LocalDate.of(2024, 12, 18));
        var adopted = work.adopt(
                created.id(),
                created.version(),
                new ActionProgrammeInput.Adoption(ADOPTED_ON, null),
                staff,
                ADOPTED_ON);
        var m = adopted.measures();
        var p = report(adopted, m.get(0), Progress.DONE, null, "Đã ban hành ngày 12-12-2024", ADOPTED_ON);
        p = report(p, m.get(1), Progress.IN_PROGRESS, 40, "Các chi bộ đã sinh hoạt ngày 16-12-2024", DECEMBER_28);
        p = report(p, m.get(1), Progress.DONE, null, "Sinh hoạt xong tháng 01 và 02-2025", FEBRUARY_28);
        p = report(p, m.get(2), Progress.IN_PROGRESS, 60, "Đã tọa đàm ở 14/21 phường", MARCH_10);
        report(p, m.get(3), null, 30, null, JANUARY_15);
        log.info("Action programme demo data: {} adopted", DISTRICT_TITLE);
    }

    /** The district's office reports a measure's progress on the day, as of that day. */
    private ActionProgramme report(
            ActionProgramme programme,
            ActionProgramme.Measure measure,
            Progress status,
            Integer percent,
            String note,
            LocalDate on) {
        var office = new Actor(
                0,
                "demo",
                "Văn phòng Quận ủy Đống Đa",
                Set.of(Role.STAFF),
                List.of(programme.organizationId()),
                List.of(),
                null);
        return work.progress(
                programme.id(),
                measure.id(),
                programme.version(),
                new ProgressInput(status, percent, note, on),
                office,
                on);
    }

    private void ward(long campaignId, long vanMieu, Actor staff) {
        var measures = List.of(
                new MeasureInput(
                        "Quán triệt Kế hoạch 347-KH/QU đến các chi bộ trực thuộc",
                        null,
                        "Ban Thường vụ Đảng ủy phường",
                        LocalDate.of(2024, 12, 16),
                        LocalDate.of(2025, 1, 15)),
                new MeasureInput(
                        "Tổng hợp bài thu hoạch, kế hoạch hành động của đảng viên các chi bộ",
                        null,
                        "Văn phòng Đảng ủy phường",
                        null,
                        LocalDate.of(2025, 2, 28)));
        work.create(
                new ActionProgrammeInput.New(
                        campaignId,
                        vanMieu,
                        WARD_TITLE,
                        List.of("Đảng viên các chi bộ trong phường nắm vững nội dung đợt sinh hoạt chính trị"),
                        measures),
                staff,
                LocalDate.of(2025, 1, 6));
        log.info("Action programme demo data: {} drafted", WARD_TITLE);
    }

    private Optional<Long> organization(String name, String parent) {
        return jdbc.sql("SELECT " + TreeSql.openNamed(name, parent)).query(Long.class).list().stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** The member of the committee's cells with the name, if the demo members are loaded. */
    private Long member(String name, long committee) {
        return jdbc
                .sql(MemberSql.choices(
                        MemberSql.designatedBy(":n") + " AND " + TreeSql.within("member_p.cell_id", ":org")))
                .param("n", name)
                .param("org", committee)
                .query(ProgrammeOptions.Choice.class)
                .list()
                .stream()
                .findFirst()
                .map(ProgrammeOptions.Choice::id)
                .orElse(null);
    }
}

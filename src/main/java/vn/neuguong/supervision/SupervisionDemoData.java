package vn.neuguong.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.member.CommitteeSeats;
import vn.neuguong.member.MemberPosition.Title;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.Role;

/**
 * Supervision in the demo (article 003: "tăng cường kiểm tra, giám sát … khắc phục bệnh hình thức"; 004: "tổ chức
 * các buổi sinh hoạt đạt chất lượng, hiệu quả"): the ward committee of Văn Miếu seats a member of each of its cells
 * and assigns each cell an overseer from another; its cells assess their meetings of October to December 2024 and
 * the overseers review them; the Quận ủy Đống Đa supervises the ward on 15/11/2024 with two recommendations, one
 * done on time, one overdue.
 */
@Component
@Profile("seed")
@Order(65)
class SupervisionDemoData implements DemoDataRunner {

    static final String WARD = "Đảng ủy phường Văn Miếu";
    static final LocalDate SEATED = LocalDate.of(2020, 6, 12);
    static final LocalDate OVERSEEN = LocalDate.of(2024, 7, 1);
    static final List<YearMonth> MONTHS =
            List.of(YearMonth.of(2024, 10), YearMonth.of(2024, 11), YearMonth.of(2024, 12));
    static final Actor SYSTEM = new Actor(0, "system", "system", Set.of(Role.ADMIN), List.of(), List.of(), null);

    private final JdbcClient jdbc;
    private final CommitteeSeats seats;
    private final Overseers overseers;
    private final Assessments assessments;
    private final Visits visits;
    private final TransactionTemplate transaction;

    SupervisionDemoData(
            JdbcClient jdbc,
            CommitteeSeats seats,
            Overseers overseers,
            Assessments assessments,
            Visits visits,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.seats = seats;
        this.overseers = overseers;
        this.assessments = assessments;
        this.visits = visits;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM cell_overseer").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        Long ward = jdbc.sql("SELECT " + TreeSql.openNamed(":name", "CAST(NULL AS bigint)"))
                .param("name", WARD)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (ward == null) {
            return;
        }
        var cells = jdbc.sql("SELECT c.id FROM " + TreeSql.open("c") + " WHERE c.parent_id = :ward AND c.kind = 'CELL'"
                        + " ORDER BY c.name COLLATE vi_icu")
                .param("ward", ward)
                .query(Long.class)
                .list();
        var members = cells.stream().map(this::secondMember).toList();
        if (seats.on(ward, SEATED.plusDays(1)).isEmpty()) {
            for (int i = 0; i < members.size(); i++) {
                seats.appoint(
                        members.get(i),
                        ward,
                        i == 0 ? Title.SECRETARY : Title.COMMITTEE_MEMBER,
                        i == 0 ? "Bí thư Đảng ủy phường" : "Đảng ủy viên",
                        SEATED,
                        SYSTEM);
            }
        }
        var scope = Scope.everything();
        String[][] scores = {
            {"5", "4", "5", "4", "5", "TOT"},
            {"4", "4", "3", "4", "4", "KHA"},
            {"3", "3", "4", "3", "3", "TRUNG_BINH"},
            {"4", "5", "4", "4", "4", "TOT"}
        };
        for (int i = 0; i < cells.size(); i++) {
            long cell = cells.get(i);
            long overseer = members.get((i + 1) % members.size());
            overseers.assign(ward, new Overseer.Assignment(cell, overseer, OVERSEEN, null), scope);
            for (var month : MONTHS) {
                if (month.getMonthValue() == 12 && i == cells.size() - 1) {
                    continue;
                }
                var s = scores[i % scores.length];
                var saved = assessments.record(
                        new Assessment.Input(
                                cell,
                                month.toString(),
                                month.atDay(18),
                                Integer.valueOf(s[0]),
                                "Phân công chuẩn bị nội dung từ ngày 10",
                                Integer.valueOf(s[1]),
                                "Quán triệt chuyên đề năm, liên hệ thực tế tổ dân phố",
                                Integer.valueOf(s[2]),
                                null,
                                Integer.valueOf(s[3]),
                                null,
                                Integer.valueOf(s[4]),
                                "Có nghị quyết tháng",
                                Rating.valueOf(s[5]),
                                "Bí thư Chi bộ"),
                        scope);
                boolean reviewed = month.getMonthValue() == 10 || (month.getMonthValue() == 11 && i < 2);
                if (reviewed) {
                    var reviewer =
                            new Actor(0, "system", "system", Set.of(Role.MEMBER), List.of(), List.of(), overseer);
                    boolean agrees = !(month.getMonthValue() == 10 && i == 0);
                    assessments.review(
                            saved.id(),
                            saved.version(),
                            new Assessment.Review(
                                    agrees, agrees ? null : Rating.KHA, agrees ? null : "Thảo luận còn ít ý kiến"),
                            reviewer);
                }
            }
        }
        supervise(ward, cells.get(0));
    }

    private void supervise(long ward, long firstCell) {
        long dongDa = jdbc.sql("SELECT " + TreeSql.openNamed(":name", "CAST(NULL AS bigint)"))
                .param("name", "Quận ủy Đống Đa")
                .query(Long.class)
                .single();
        var on = LocalDate.of(2024, 11, 15);
        var team =
                seats.on(dongDa, on).stream().map(CommitteeSeats.Seat::memberId).toList();
        var visit = visits.record(
                new Visit.Input(
                        dongDa,
                        false,
                        ward,
                        VisitKind.GIAM_SAT,
                        on,
                        "Giám sát việc tổ chức sinh hoạt chi bộ thường kỳ, khắc phục bệnh hình thức",
                        "Các chi bộ sinh hoạt đều đặn hằng tháng; một số buổi sinh hoạt còn nặng về thông báo, ít thảo luận.",
                        team,
                        List.of(
                                new Visit.RecommendationInput(
                                        "Ban hành hướng dẫn nâng cao chất lượng sinh hoạt chi bộ",
                                        ward,
                                        LocalDate.of(2024, 12, 31)),
                                new Visit.RecommendationInput(
                                        "Tổ chức sinh hoạt chuyên đề về khắc phục bệnh hình thức",
                                        firstCell,
                                        LocalDate.of(2025, 1, 31)))),
                Scope.everything());
        var first = visit.recommendations().get(0);
        visits.markDone(
                first.id(),
                first.version(),
                new Visit.Done(LocalDate.of(2024, 12, 20), "Đã ban hành hướng dẫn của Đảng ủy phường"),
                Scope.everything());
    }

    private long secondMember(long cell) {
        var ids = jdbc.sql(MemberSql.idsInCell(":cell"))
                .param("cell", cell)
                .query(Long.class)
                .list();
        return ids.get(Math.min(1, ids.size() - 1));
    }
}

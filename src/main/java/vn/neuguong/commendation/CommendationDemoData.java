package vn.neuguong.commendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import vn.neuguong.commendation.Nomination.NomineeKind;
import vn.neuguong.commendation.NominationInput.Verdict;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.Role;

/**
 * Article 002: at its interim review of 14/5/2024 the Quận ủy Thanh Xuân praised and awarded 27 exemplary collectives
 * and individuals for carrying out Kết luận 01-KL/TW, handing out Giấy khen. The article does not name them: the demo
 * takes the four wards of its tree, two cells of each and one member of fifteen cells, each nominated the way the
 * party does it (a member by his cell, approved by the ward, then by the Quận ủy; a cell by its ward; a ward by the
 * Quận ủy itself), plus one nomination of a resident that the Quận ủy did not approve. The decision of the Ban
 * Thường vụ, signed by the Bí thư Bùi Huyền Mai, awards the 27; every step is dated in May 2024. Loading again adds
 * nothing.
 */
@Component
@Profile("seed")
@Order(140)
class CommendationDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(CommendationDemoData.class);
    static final String CAMPAIGN = "Thực hiện Kết luận 01-KL/TW của Bộ Chính trị trên địa bàn quận Thanh Xuân";
    static final String TITLE = "Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong học tập và làm theo tư tưởng,"
            + " đạo đức, phong cách Hồ Chí Minh (sơ kết 3 năm thực hiện Kết luận 01-KL/TW)";
    static final LocalDate DECIDED_ON = LocalDate.of(2024, 5, 14);
    private static final String ACHIEVEMENT = "Đã có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức,"
            + " phong cách Hồ Chí Minh, thực hiện Kết luận 01-KL/TW của Bộ Chính trị giai đoạn 2021–2024";

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final NominationWork work;
    private final Decisions decisions;
    private final TransactionTemplate transaction;

    CommendationDemoData(
            JdbcClient jdbc, Rounds rounds, NominationWork work, Decisions decisions, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.work = work;
        this.decisions = decisions;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> thanhXuan());
    }

    private static Actor office(String name) {
        return new Actor(
                0, "demo", "Văn phòng " + name + " (dữ liệu mẫu)", Set.of(Role.ADMIN), List.of(), List.of(), null);
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
            log.info("Commendation demo data: Quận ủy Thanh Xuân or its campaign is missing, nothing is loaded");
            return;
        }
        if (jdbc.sql("SELECT count(*) > 0 FROM commendation_round")
                .query(Boolean.class)
                .single()) {
            return;
        }
        var quanUy = office("Quận ủy Thanh Xuân");
        var round = rounds.create(new Round.Input(campaign, district, TITLE, LocalDate.of(2026, 12, 31)), quanUy);
        var awarded = new ArrayList<Long>();
        var wards = children(district, "GRASSROOTS_COMMITTEE");
        for (var ward : wards) {
            var wardOffice = office(ward.name());
            awarded.add(approveAll(
                    propose(round, district, NomineeKind.COLLECTIVE, ward.id(), null, story(ward.name()), quanUy),
                    quanUy));
            var cells = children(ward.id(), "CELL");
            for (int i = 0; i < cells.size(); i++) {
                var cell = cells.get(i);
                if (i < 2) {
                    awarded.add(approveAll(
                            propose(round, ward.id(), NomineeKind.COLLECTIVE, cell.id(), null, null, wardOffice),
                            quanUy));
                }
                if (awarded.size() < 27 && !(ward == wards.get(wards.size() - 1) && i == cells.size() - 1)) {
                    Long member = secondMember(cell.id());
                    if (member != null) {
                        var nominated = propose(
                                round,
                                cell.id(),
                                NomineeKind.MEMBER,
                                null,
                                member,
                                i == 0 ? memberStory() : null,
                                office(cell.name()));
                        nominated = work.act(
                                nominated.id(),
                                nominated.version(),
                                new NominationInput.Act(ward.id(), Verdict.APPROVE, null),
                                wardOffice);
                        awarded.add(approveAll(nominated, quanUy));
                    }
                }
            }
        }
        var resident = work.propose(
                new NominationInput.Draft(
                        round.id(),
                        wards.get(0).id(),
                        NomineeKind.PERSON,
                        null,
                        null,
                        "Nguyễn Văn Bình",
                        1958,
                        "Tổ trưởng tổ dân phố (dữ liệu mẫu)",
                        "CERTIFICATE_OF_MERIT",
                        ACHIEVEMENT,
                        null,
                        false,
                        List.of()),
                office(wards.get(0).name()));
        work.act(
                resident.id(),
                resident.version(),
                new NominationInput.Act(
                        district, Verdict.CUT, "Chưa đủ thành tích để Quận ủy khen thưởng trong đợt này"),
                quanUy);
        var list = awarded.stream().limit(27).toList();
        var current = rounds.get(round.id(), vn.neuguong.organization.Scope.everything());
        decisions.decide(round.id(), current.version(), new NominationInput.Decide(DECIDED_ON, signer(), list), quanUy);
        // the round took nominations until 10/5/2024; the steps are dated in the days before the review
        jdbc.sql("UPDATE commendation_round SET closes_on = DATE '2024-05-10', created_at = :opened WHERE id = :id")
                .param("opened", OffsetDateTime.of(2024, 4, 22, 9, 0, 0, 0, ZoneOffset.ofHours(7)))
                .param("id", round.id())
                .update();
        jdbc.sql("""
                        UPDATE commendation_step SET at = TIMESTAMPTZ '2024-05-02 08:00+07'
                            + (CASE action WHEN 'PROPOSED' THEN 0 WHEN 'FORWARDED' THEN 3 WHEN 'CUT' THEN 6
                               WHEN 'APPROVED' THEN 6 ELSE 12 END) * interval '1 day' + (id % 480) * interval '1 minute'
                        WHERE nomination_id IN (SELECT id FROM commendation_nomination WHERE round_id = :round)
                        """).param("round", round.id()).update();
        jdbc.sql("UPDATE commendation_step SET at = TIMESTAMPTZ '2024-05-14 14:00+07' WHERE action = 'AWARDED'")
                .update();
        log.info("Commendation demo data: {} awarded by the Quận ủy Thanh Xuân on {}", list.size(), DECIDED_ON);
    }

    private record Unit(long id, String name) {}

    private List<Unit> children(long parent, String kind) {
        return jdbc.sql("SELECT c.id, c.name FROM " + TreeSql.open("c") + " WHERE c.parent_id = :p AND c.kind = :k"
                        + " ORDER BY c.name")
                .param("p", parent)
                .param("k", kind)
                .query(Unit.class)
                .list();
    }

    private Long secondMember(long cell) {
        return jdbc.sql(MemberSql.idsInCell(":cell") + " OFFSET 1 LIMIT 1")
                .param("cell", cell)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private Long signer() {
        return jdbc.sql("SELECT id FROM (" + MemberSql.choices(MemberSql.designatedBy(":name")) + ") s LIMIT 1")
                .param("name", "Bùi Huyền Mai")
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private Nomination propose(
            Round round, long by, NomineeKind kind, Long organization, Long member, String story, Actor actor) {
        return work.propose(
                new NominationInput.Draft(
                        round.id(),
                        by,
                        kind,
                        organization,
                        member,
                        null,
                        null,
                        null,
                        "CERTIFICATE_OF_MERIT",
                        ACHIEVEMENT,
                        story,
                        story != null,
                        List.of()),
                actor);
    }

    /** The Quận ủy approves a nomination that waits for it. */
    private long approveAll(Nomination nomination, Actor quanUy) {
        var approved = work.act(
                nomination.id(),
                nomination.version(),
                new NominationInput.Act(nomination.nextId(), Verdict.APPROVE, null),
                quanUy);
        return approved.id();
    }

    private static String story(String ward) {
        return ward + " đưa việc học tập và làm theo Bác vào sinh hoạt chi bộ hằng tháng, mỗi chi bộ chọn một việc"
                + " làm cụ thể cho khu dân cư (dữ liệu mẫu: bài báo không nêu tên 27 tập thể, cá nhân).\n"
                + "Các tổ dân phố giữ gìn vệ sinh môi trường, chăm lo gia đình chính sách, hộ khó khăn và thực hiện"
                + " tốt Quy tắc ứng xử nơi công cộng.";
    }

    private static String memberStory() {
        return "Gương “người tốt, việc tốt” ở tổ dân phố: gần dân, sát dân, giúp đỡ các hộ khó khăn và vận động bà"
                + " con tham gia các phong trào của phường (dữ liệu mẫu).";
    }
}

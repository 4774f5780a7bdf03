package vn.neuguong.meeting;

import java.time.LocalDateTime;
import java.util.ArrayList;
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
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.campaign.ObligationKind;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.meeting.Headcount.Approximation;
import vn.neuguong.meeting.InviteeForm.Kind;
import vn.neuguong.meeting.InviteeForm.Role;
import vn.neuguong.meeting.MeetingForm.AgendaRow;
import vn.neuguong.member.MemberPosition.Title;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PageRequest;

/**
 * The conferences of the seed articles: Đống Đa's study conference of 25/4/2023 in its hall and at the bridge points
 * of its 21 wards, with both presenters (article 000); the Thành ủy's city-wide conference of key cadres of
 * 6-12-2024 with the Đống Đa bridge point, "gần 180" and "hơn 525" by group (article 004); the feedback conference
 * of 10/05/2022 co-hosted by Long Biên's Ban Tuyên giáo and the ward committee of Bồ Đề, directed by the district's
 * Phó Bí thư Thường trực (article 001). The hours are not in the articles ("sáng"): 8:00 to 11:30 is the demo's. A
 * meeting already there (same host and title) is left alone.
 */
@Component
@Profile("seed")
@Order(90)
class MeetingDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(MeetingDemoData.class);
    static final String STUDY_2023 =
            "Hội nghị học tập, nghiên cứu, quán triệt Chuyên đề năm 2023 về trách nhiệm nêu gương";
    static final String CITY_2024 = "Hội nghị cán bộ chủ chốt toàn thành phố triển khai đợt sinh hoạt chính trị về"
            + " “Kỷ nguyên mới - Kỷ nguyên vươn mình của dân tộc”";
    static final String FEEDBACK_2022 = "Hội nghị lấy ý kiến góp ý việc tu dưỡng, rèn luyện đạo đức gắn với trách"
            + " nhiệm nêu gương của người đứng đầu phường Bồ Đề đợt I năm 2022";

    private final JdbcClient jdbc;
    private final MeetingPlans plans;
    private final BridgePoints points;
    private final Invitees invitees;
    private final Campaigns campaigns;
    private final TransactionTemplate transaction;

    MeetingDemoData(
            JdbcClient jdbc,
            MeetingPlans plans,
            BridgePoints points,
            Invitees invitees,
            Campaigns campaigns,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.points = points;
        this.invitees = invitees;
        this.campaigns = campaigns;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        var dongDa = organization("Quận ủy Đống Đa");
        var hanoi = organization("Thành ủy Hà Nội");
        var longBien = organization("Ban Tuyên giáo Quận ủy Long Biên");
        var boDe = organization("Đảng ủy phường Bồ Đề");
        if (dongDa.isEmpty() || hanoi.isEmpty() || longBien.isEmpty() || boDe.isEmpty()) {
            log.info("Meeting demo data skipped: the organizations of the articles are missing");
            return;
        }
        transaction.executeWithoutResult(status -> study2023(dongDa.get()));
        transaction.executeWithoutResult(status -> city2024(hanoi.get(), dongDa.get()));
        transaction.executeWithoutResult(status -> feedback2022(longBien.get(), boDe.get()));
    }

    private void study2023(long dongDa) {
        if (exists(dongDa, STUDY_2023)) {
            return;
        }
        var campaign =
                campaigns.list(vn.neuguong.organization.Scope.below(dongDa), PageRequest.first(100)).items().stream()
                        .filter(c -> c.title().equals("Chuyên đề năm 2023 về trách nhiệm nêu gương"))
                        .findFirst();
        Long requirement = campaign.flatMap(c -> campaigns.requirements(c.id()).stream()
                        .filter(r -> r.kind() == ObligationKind.HOLD_CONFERENCE)
                        .map(r -> r.id())
                        .findFirst())
                .orElse(null);
        var materials = jdbc.sql("SELECT d.id FROM " + DocumentSql.summaries() + " d WHERE d.issuer_id = :o AND"
                        + " d.type_code = 'KH' AND d.search_text LIKE '%chuyen de nam 2023%' ORDER BY d.id LIMIT 1")
                .param("o", dongDa)
                .query(Long.class)
                .list();
        var agenda = List.of(
                new AgendaRow(
                        "Tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương",
                        null,
                        "Mạch Quang Thắng",
                        "Giáo sư, Tiến sĩ, nguyên Vụ trưởng Vụ Quản lý khoa học (Học viện Chính trị quốc gia Hồ Chí"
                                + " Minh)"),
                new AgendaRow(
                        "Đảng bộ quận Đống Đa với trách nhiệm nêu gương trong lãnh đạo, chỉ đạo phát triển kinh tế – xã"
                                + " hội, an ninh – quốc phòng, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ"
                                + " quận Đống Đa lần thứ XXVIII",
                        member("Nguyễn Anh Cường"),
                        null,
                        "Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận Đống Đa"));
        var meeting = plans.create(
                DemoMeetingForms.form(
                        STUDY_2023,
                        Meeting.Format.HYBRID,
                        dongDa,
                        null,
                        List.of(),
                        "Trụ sở Quận ủy, HĐND, UBND quận Đống Đa",
                        LocalDateTime.of(2023, 4, 25, 8, 0),
                        campaign.map(c -> c.id()).orElse(null),
                        requirement,
                        materials,
                        agenda,
                        List.of(new Headcount("Đại biểu dự trực tiếp tại Hội trường", null, null, null))),
                Viewer.everything());
        var wards = jdbc.sql("SELECT o.id FROM " + TreeSql.organizations() + " o WHERE o.parent_id = :d AND o.open"
                        + " AND o.kind = 'GRASSROOTS_COMMITTEE' ORDER BY o.name")
                .param("d", dongDa)
                .query(Long.class)
                .list();
        for (long ward : wards) {
            points.add(
                    meeting.id(),
                    DemoMeetingForms.point(
                            ward,
                            null,
                            null,
                            List.of(new Headcount("Cán bộ, đảng viên dự tại điểm cầu", null, null, null))),
                    Viewer.everything());
        }
        hold(meeting);
    }

    private void city2024(long hanoi, long dongDa) {
        if (exists(hanoi, CITY_2024)) {
            return;
        }
        var materials = jdbc.sql("SELECT " + DocumentSql.idNumbered("'284-KH/TU'"))
                .query(Long.class)
                .list();
        var meeting = plans.create(
                DemoMeetingForms.form(
                        CITY_2024,
                        Meeting.Format.HYBRID,
                        hanoi,
                        Meeting.HostBody.STANDING_COMMITTEE,
                        List.of(),
                        null,
                        LocalDateTime.of(2024, 12, 6, 8, 0),
                        null,
                        null,
                        materials.stream().filter(id -> id != null).toList(),
                        List.of(),
                        List.of()),
                Viewer.everything());
        points.add(
                meeting.id(),
                DemoMeetingForms.point(
                        dongDa,
                        member("Đinh Trường Thọ"),
                        "Trụ sở Quận ủy Đống Đa",
                        List.of(
                                new Headcount(
                                        "Lãnh đạo, cán bộ các phòng, ban, đơn vị, các trường học trên địa bàn quận",
                                        null,
                                        180,
                                        Approximation.NEARLY),
                                new Headcount("Cán bộ chủ chốt 21 phường", null, 525, Approximation.OVER))),
                Viewer.everything());
        long point = points.idOf(meeting.id(), dongDa);
        for (String name : List.of("Đinh Trường Thọ", "Nguyễn Anh Cường")) {
            invite(meeting, new InviteeForm(Kind.MEMBER, null, null, member(name), null, null, null, point));
        }
        invite(
                meeting,
                new InviteeForm(Kind.POSITION, dongDa, Title.STANDING_COMMITTEE_MEMBER, null, null, null, null, point));
        hold(meeting);
    }

    private void feedback2022(long department, long boDe) {
        if (exists(department, FEEDBACK_2022)) {
            return;
        }
        var materials = new ArrayList<Long>();
        for (String number : List.of("'104-KH/QU'", "'111-HD/ĐU'")) {
            jdbc.sql("SELECT " + DocumentSql.idNumbered(number))
                    .query(Long.class)
                    .optional()
                    .ifPresent(materials::add);
        }
        var meeting = plans.create(
                DemoMeetingForms.form(
                        FEEDBACK_2022,
                        Meeting.Format.IN_PERSON,
                        department,
                        null,
                        List.of(boDe),
                        "Hội trường Trung tâm văn hóa phường Bồ Đề",
                        LocalDateTime.of(2022, 5, 10, 8, 0),
                        null,
                        null,
                        materials,
                        List.of(new AgendaRow(
                                "Quán triệt mục đích, yêu cầu và định hướng việc lấy ý kiến góp ý nhằm phát huy vai trò"
                                        + " của người đứng đầu trong công tác lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính"
                                        + " trị ở địa phương",
                                member("Ngô Mạnh Điềm"),
                                null,
                                "Phó Bí thư Thường trực Quận ủy")),
                        List.of()),
                Viewer.everything());
        for (String name : List.of("Ngô Mạnh Điềm", "Nguyễn Thế Thạch")) {
            invite(meeting, new InviteeForm(Kind.MEMBER, null, null, member(name), null, null, Role.DIRECTING, null));
        }
        for (var title : List.of(Title.STANDING_COMMITTEE_MEMBER, Title.COMMITTEE_MEMBER)) {
            invite(meeting, new InviteeForm(Kind.POSITION, boDe, title, null, null, null, null, null));
        }
        for (String group : List.of(
                "Trưởng các ban, ngành, đoàn thể chính trị – xã hội phường",
                "Cán bộ, công chức, viên chức, người lao động cơ quan phường",
                "Các đồng chí Bí thư chi bộ trực thuộc",
                "Tổ trưởng, trưởng ban công tác mặt trận tổ dân phố trên địa bàn phường")) {
            invite(meeting, new InviteeForm(Kind.GUEST, null, null, null, group, null, null, null));
        }
        hold(meeting);
    }

    private void invite(Meeting meeting, InviteeForm form) {
        invitees.add(meeting.id(), form, Viewer.everything());
    }

    private void hold(Meeting meeting) {
        plans.hold(
                meeting.id(),
                plans.lockManaged(meeting.id(), Viewer.everything()).version(),
                Viewer.everything());
    }

    private boolean exists(long host, String title) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM meeting WHERE host_id = :h AND title = :t)")
                .param("h", host)
                .param("t", title)
                .query(Boolean.class)
                .single();
    }

    private Optional<Long> organization(String name) {
        return jdbc.sql("SELECT " + TreeSql.openNamed(":n", "CAST(NULL AS bigint)"))
                .param("n", name)
                .query(Long.class)
                .optional()
                .filter(id -> id != null);
    }

    private Long member(String fullName) {
        return jdbc.sql(MemberSql.choices(MemberSql.designatedBy(":t")) + " LIMIT 1")
                .param("t", fullName)
                .query((rs, n) -> rs.getLong("id"))
                .optional()
                .orElse(null);
    }
}

package vn.neuguong.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.member.CommitteeBodies;
import vn.neuguong.organization.CellMembership;
import vn.neuguong.organization.CommitteeBody;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;

/**
 * The documents of the seed articles with their real numbers and their cascade: 05-CT/TW and 01-KL/TW of the Bộ
 * Chính trị (01-KL/TW continues 05-CT/TW; article 002 reviews it), 284-KH/TU of the Thành ủy at the top of article
 * 004's cascade (no article names a basis for it, so the demo gives it none), 347-KH/QU of Quận ủy Đống Đa (sent to its 21 wards), 598-CV/BTGQU, 104-KH/QU of
 * the Ban Thường vụ of Long Biên (article 001), signed for it by Ngô Mạnh Điềm, with 111-HD/ĐU of phường Bồ Đề, the resolution of Đống Đa's XXVIII congress (01-NQ/ĐH) and Đống Đa's plan
 * for the 2023 theme. Each number belongs to its committee's 2020–2025 term, and the next number issued in that term
 * follows it (348-KH/QU). The Bộ Chính trị's documents are registered by the Thành ủy and sent to the committees and
 * ward committees of Hà Nội. A document is looked up by its number before it is put in, so a second run adds nothing.
 */
@Component
@Profile("seed")
@Order(50)
class DocumentDemoData implements DemoDataRunner {

    /** The theme plan has no number in the articles; this one fits between Đống Đa's 2020 congress and 347-KH/QU. */
    static final int THEME_2023_NUMBER = 196;

    static final String CONGRESS_28_SUMMARY =
            "Nghị quyết Đại hội đại biểu Đảng bộ quận Đống Đa lần thứ XXVIII, nhiệm kỳ 2020 – 2025";

    static final String THEME_2023_SUMMARY = "Học tập, quán triệt và thực hiện Chuyên đề năm 2023 “Học tập và làm theo"
            + " tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương trong lãnh đạo, chỉ đạo phát triển"
            + " kinh tế, văn hóa, xã hội, an ninh – quốc phòng, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ"
            + " quận Đống Đa lần thứ XXVIII”";

    private final Documents documents;
    private final DocumentBackfill backfill;
    private final Organizations organizations;
    private final DemoTree tree;
    private final CellMembership cellMembers;
    private final CommitteeBodies bodies;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DocumentDemoData(
            Documents documents,
            DocumentBackfill backfill,
            Organizations organizations,
            CellMembership cellMembers,
            CommitteeBodies bodies,
            JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.documents = documents;
        this.backfill = backfill;
        this.organizations = organizations;
        this.tree = new DemoTree(organizations);
        this.cellMembers = cellMembers;
        this.bodies = bodies;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        long hanoi = tree.organization(null, "Thành ủy Hà Nội");
        long dongDa = tree.organization(hanoi, "Quận ủy Đống Đa");
        long dongDaPropaganda = tree.organization(dongDa, "Ban Tuyên giáo Quận ủy Đống Đa");
        long longBien = tree.organization(hanoi, "Quận ủy Long Biên");
        // the ward of 2022: a later run finds it though the 2025 merge gave its name to the new ward
        long boDe = organizations
                .findByNameOn(longBien, "Đảng ủy phường Bồ Đề", LocalDate.of(2022, 1, 1))
                .orElseThrow()
                .id();
        var hanoiCommittees = new ArrayList<Long>();
        tree.committeesBelow(hanoi, hanoiCommittees);

        long directive05 = external(
                "05-CT/TW",
                LocalDate.of(2016, 5, 15),
                "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "<p>Bộ Chính trị chỉ thị đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh,"
                        + " gắn với trách nhiệm <strong>nêu gương</strong> của cán bộ, đảng viên.</p>",
                hanoi,
                List.of(),
                hanoiCommittees);
        long conclusion01 = external(
                "01-KL/TW",
                LocalDate.of(2021, 5, 18),
                "Về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng,"
                        + " đạo đức, phong cách Hồ Chí Minh",
                "<p>Kết luận của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW.</p>",
                hanoi,
                List.of(directive05),
                hanoiCommittees);
        long plan284 = numbered(
                284,
                "KH",
                hanoi,
                LocalDate.of(2024, 11, 29),
                "Tổ chức đợt sinh hoạt chính trị về tư tưởng chỉ đạo, định hướng lớn của Đảng và đồng chí Tổng Bí thư"
                        + " Tô Lâm về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc",
                null,
                List.of(),
                tree.children(hanoi, "COMMITTEE"));
        List<Long> dongDaWards = tree.children(dongDa, "GRASSROOTS_COMMITTEE");
        long plan347 = numbered(
                347,
                "KH",
                dongDa,
                LocalDate.of(2024, 12, 11),
                "Về việc triển khai và tuyên truyền đợt sinh hoạt chính trị: “Nghiên cứu, quán triệt, tuyên truyền tư"
                        + " tưởng chỉ đạo, định hướng lớn của Đảng và đồng chí Tổng Bí thư Tô Lâm về kỷ nguyên mới - kỷ"
                        + " nguyên vươn mình của dân tộc”",
                "<p>Đợt sinh hoạt chính trị - tư tưởng nhằm giúp cán bộ, đảng viên, lực lượng vũ trang và các tầng lớp"
                        + " Nhân dân Quận nhận thức sâu sắc tư tưởng chỉ đạo, định hướng lớn của Đảng.</p>"
                        + "<ul><li>Tọa đàm, sinh hoạt cấp ủy, sinh hoạt chuyên đề tại chi bộ.</li>"
                        + "<li>Từng cá nhân cán bộ, đảng viên viết thu hoạch và xây dựng kế hoạch hành động của bản"
                        + " thân.</li></ul>",
                List.of(plan284),
                dongDaWards);
        numbered(
                598,
                "CV",
                dongDaPropaganda,
                LocalDate.of(2024, 12, 12),
                "Về việc tuyên truyền, chuyển tài liệu đợt sinh hoạt chính trị về tư tưởng chỉ đạo, định hướng lớn của"
                        + " Đảng và đồng chí Tổng Bí thư Tô Lâm về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc và nắm"
                        + " bắt DLXH về đợt sinh hoạt",
                null,
                List.of(plan347),
                dongDaWards);
        var plan104On = LocalDate.of(2022, 2, 11);
        long plan104 = numbered(
                new NewDocument(
                        "KH",
                        longBien,
                        plan104On,
                        "Lấy ý kiến góp ý việc tu dưỡng, rèn luyện đạo đức gắn với trách nhiệm nêu gương của người đứng"
                                + " đầu các địa phương trên địa bàn quận Long Biên",
                        null,
                        List.of(directive05),
                        tree.children(longBien, "GRASSROOTS_COMMITTEE"),
                        false,
                        CommitteeBody.STANDING_COMMITTEE,
                        // Signed by the highest post of the body that day: the standing deputy secretary.
                        bodies.on(longBien, CommitteeBody.STANDING_COMMITTEE, plan104On)
                                .get(0)
                                .memberId()),
                104);
        numbered(
                111,
                "HD",
                boDe,
                LocalDate.of(2022, 3, 15),
                "Hướng dẫn tổ chức sinh hoạt chính trị trong Đảng theo tinh thần Nghị quyết Trung ương 4 (khóa XIII) với"
                        + " chủ đề “Tự soi, tự sửa”",
                null,
                List.of(plan104),
                tree.children(boDe, "CELL"));
        long congress28 = congress28(dongDa, dongDaWards);
        theme2023(dongDa, List.of(conclusion01, congress28), dongDaWards);
        markSomeRead(plan347, dongDa);
    }

    private long external(
            String number,
            LocalDate issuedOn,
            String summary,
            String body,
            long registeredBy,
            List<Long> basis,
            List<Long> recipients) {
        return backfill.findByNumber(null, number, issuedOn.getYear())
                .orElseGet(() -> documents
                        .register(
                                new ExternalDocument(
                                        number,
                                        "Bộ Chính trị",
                                        issuedOn,
                                        summary,
                                        body,
                                        registeredBy,
                                        basis,
                                        recipients),
                                Scope.everything())
                        .id());
    }

    private long numbered(
            int sequence,
            String type,
            long issuer,
            LocalDate issuedOn,
            String summary,
            String body,
            List<Long> basis,
            List<Long> recipients) {
        return numbered(new NewDocument(type, issuer, issuedOn, summary, body, basis, recipients), sequence);
    }

    private long numbered(NewDocument document, int sequence) {
        String code = organizations.get(document.issuerId(), Scope.everything()).code();
        var number = new DocumentNumber(sequence, document.typeCode(), code, null).text();
        return backfill.findByNumber(
                        document.issuerId(), number, document.issuedOn().getYear())
                .orElseGet(() -> backfill.issueNumbered(document, sequence).id());
    }

    /** The first document of the congress, numbered by the system in the congress's own sequence: 01-NQ/ĐH. */
    private long congress28(long dongDa, List<Long> wards) {
        return backfill.findByNumber(
                        dongDa, new DocumentNumber(1, "NQ", DocumentNumber.CONGRESS_CODE, null).text(), 2020)
                .orElseGet(() -> documents
                        .issue(
                                new NewDocument(
                                        "NQ",
                                        dongDa,
                                        LocalDate.of(2020, 8, 6),
                                        CONGRESS_28_SUMMARY,
                                        "<p>Đại hội quyết nghị phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2020 – 2025"
                                                + " của Đảng bộ quận Đống Đa.</p>",
                                        List.of(),
                                        wards,
                                        true),
                                Scope.everything())
                        .id());
    }

    private void theme2023(long dongDa, List<Long> basis, List<Long> wards) {
        numbered(
                THEME_2023_NUMBER,
                "KH",
                dongDa,
                LocalDate.of(2023, 3, 20),
                THEME_2023_SUMMARY,
                "<p>Tổ chức học tập, quán triệt Chuyên đề năm 2023 xong trước ngày 30/5/2023; các cấp ủy trực thuộc cụ"
                        + " thể hóa thành chương trình, kế hoạch và định kỳ hằng quý gửi báo cáo về Quận ủy.</p>",
                basis,
                wards);
    }

    /** A few members of phường Văn Miếu have opened 347-KH/QU and one has studied it, when members exist. */
    private void markSomeRead(long plan347, long dongDa) {
        var vanMieu = organizations.findByName(dongDa, "Đảng ủy phường Văn Miếu");
        if (vanMieu.isEmpty()) {
            return;
        }
        List<Long> members = organizations.children(vanMieu.get().id(), Scope.everything()).stream()
                .filter(cell -> cell.kind() == OrganizationKind.CELL)
                .flatMap(cell -> cellMembers.activeMembers(cell.id()).stream())
                .sorted()
                .limit(3)
                .toList();
        for (int i = 0; i < members.size(); i++) {
            jdbc.sql("""
                            INSERT INTO document_read (document_id, member_id, read_at, studied_at)
                            VALUES (:document, :member, now(), CASE WHEN :studied THEN now() END)
                            ON CONFLICT DO NOTHING
                            """)
                    .param("document", plan347)
                    .param("member", members.get(i))
                    .param("studied", i == 0)
                    .update();
        }
    }
}

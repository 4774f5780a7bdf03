package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.PageRequest;

@IntegrationTest
class MemberIntegrationTests {

    @Autowired
    Members members;

    @Autowired
    MemberTransfers transfers;

    @Autowired
    MemberPositions positions;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    MemberTestSupport support;

    @BeforeEach
    void setUp() {
        support = new MemberTestSupport(accounts, jdbc);
    }

    @Test
    void demoDataGivesEveryCellMembersAndASecretary() {
        // The demo cells: created at start-up, before any cell another test adds (those have no secretary).
        long cellsWithoutSecretary = jdbc.sql("""
                        SELECT count(*) FROM organization c WHERE c.kind = 'CELL' AND NOT EXISTS (
                          SELECT 1 FROM member_position p JOIN member m ON m.id = p.member_id
                          WHERE p.organization_id = c.id AND p.title = 'SECRETARY' AND m.cell_id = c.id)
                          AND c.id <= (SELECT max(cell_id) FROM member WHERE party_card_no LIKE '01.%')
                        """).query(Long.class).single();
        assertThat(cellsWithoutSecretary).isZero();
        long total = jdbc.sql("SELECT count(*) FROM member WHERE party_card_no LIKE '01.%'")
                .query(Long.class)
                .single();
        assertThat(total).isBetween(1000L, 5000L);
        var leader = members.search(
                        new MemberQuery("dinh truong tho", null, null),
                        PageRequest.of(1, 20, 20, 200),
                        support.actor("admin"))
                .items();
        assertThat(leader).extracting(Member::fullName).containsExactly("Đinh Trường Thọ");
        assertThat(positions.of(leader.get(0).id())).anySatisfy(position -> {
            assertThat(position.title()).isEqualTo(MemberPosition.Title.SECRETARY);
            assertThat(position.organizationName()).isEqualTo("Quận ủy Đống Đa");
        });
        var thach = members.search(
                        new MemberQuery("Nguyễn Thế Thạch", null, null),
                        PageRequest.of(1, 5, 20, 200),
                        support.actor("admin"))
                .items()
                .get(0);
        assertThat(positions.of(thach.id()))
                .extracting(MemberPosition::title)
                .contains(MemberPosition.Title.HEAD_OF_DEPARTMENT);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        var admin = support.actor("admin");
        var plain = members.search(new MemberQuery("nguyen van an", null, null), PageRequest.of(1, 50, 20, 200), admin);
        assertThat(plain.items()).extracting(Member::fullName).contains("Nguyễn Văn An");
        var shouted =
                members.search(new MemberQuery("NGUYỄN VĂN AN", null, null), PageRequest.of(1, 50, 20, 200), admin);
        assertThat(shouted.total()).isEqualTo(plain.total());
        assertThat(members.search(new MemberQuery("nguyen van an", null, null), PageRequest.of(1, 50, 20, 200), admin)
                        .items())
                .allSatisfy(member -> assertThat(fold(member.fullName())).contains("nguyen van an"));
    }

    @Test
    void searchFiltersBySubtreeAndStatus() {
        var admin = support.actor("admin");
        long vanMieu = support.organization("Đảng ủy phường Văn Miếu");
        var page = members.search(
                new MemberQuery(null, vanMieu, MemberStatus.ACTIVE), PageRequest.of(1, 200, 20, 200), admin);
        assertThat(page.total()).isPositive();
        var vanMieuCells = java.util.List.of(
                support.cell("Văn Miếu", 1),
                support.cell("Văn Miếu", 2),
                support.cell("Văn Miếu", 3),
                support.cell("Văn Miếu", 4));
        assertThat(page.items()).allSatisfy(member -> {
            assertThat(vanMieuCells).contains(member.cellId());
            assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
        });
        var everyone = members.search(new MemberQuery(null, vanMieu, null), PageRequest.of(1, 200, 20, 200), admin);
        assertThat(everyone.total()).isGreaterThanOrEqualTo(page.total());
    }

    @Test
    void staffSeeTheirSubtreeSecretaryTheCellAndMemberOnlyThemselves() {
        var staff = support.actor("vanmieu.vanphong");
        var secretary = support.actor("bithu.vanmieu1");
        var member = support.actor("dangvien.vanmieu1");
        long cell1 = support.cell("Văn Miếu", 1);

        assertThat(members.search(MemberQuery.all(), PageRequest.first(20), staff)
                        .total())
                .isEqualTo(countIn("Đảng ủy phường Văn Miếu"));
        assertThat(members.search(new MemberQuery(null, null, null), PageRequest.of(1, 200, 20, 200), secretary)
                        .items())
                .allSatisfy(m -> assertThat(m.cellId()).isEqualTo(cell1));
        var own = members.search(MemberQuery.all(), PageRequest.first(20), member);
        assertThat(own.total()).isEqualTo(1);
        assertThat(own.items().get(0).id()).isEqualTo(member.memberId());
        assertThat(members.find(support.plainMember("Văn Miếu", 2), secretary)).isEmpty();
        assertThat(members.find(support.plainMember("Văn Miếu", 2), staff)).isPresent();
        assertThat(members.find(support.plainMember("Văn Miếu", 1), member)).isEmpty();
    }

    @Test
    void memberCannotChangeTheirOwnRecord() {
        var member = support.actor("dangvien.vanmieu1");
        var self = members.get(member.memberId(), member);
        var input = new MemberInput(
                "Tên khác", null, null, self.partyCardNo(), null, null, null, null, null, MemberStatus.ACTIVE);
        assertThatThrownBy(() -> members.update(self.id(), self.version(), input, member))
                .isInstanceOf(NotFoundException.class);
        assertThat(members.get(self.id(), member).fullName()).isEqualTo(self.fullName());
    }

    @Test
    void createsAMemberWithItsFirstCellStayAndAnAuditRow() {
        var staff = support.actor("vanmieu.vanphong");
        long cell = support.cell("Văn Miếu", 3);
        var created = members.create(
                new MemberInput(
                        "  Lê Thị Hồng Nhung ",
                        LocalDate.of(1990, 5, 2),
                        MemberGender.FEMALE,
                        "T1.000001",
                        LocalDate.of(2015, 3, 3),
                        LocalDate.of(2016, 3, 3),
                        cell,
                        "0912 345 678",
                        "nhung@example.vn",
                        null),
                staff);
        assertThat(created.fullName()).isEqualTo("Lê Thị Hồng Nhung");
        assertThat(created.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(transfers.history(created.id())).singleElement().satisfies(stay -> {
            assertThat(stay.cellId()).isEqualTo(cell);
            assertThat(stay.leftOn()).isNull();
        });
        long audited = jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'Member' AND entity_id = :id "
                        + "AND action = 'CREATE' AND organization_id = :cell")
                .param("id", Long.toString(created.id()))
                .param("cell", cell)
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void rejectsEveryRuleTheAnnotationsCannotSayAndWritesNothing() {
        var staff = support.actor("vanmieu.vanphong");
        long before = jdbc.sql("SELECT count(*) FROM member").query(Long.class).single();
        var existingCard =
                members.get(support.plainMember("Văn Miếu", 1), staff).partyCardNo();
        var input = new MemberInput(
                "Trần Văn Quy",
                LocalDate.now(clock).plusDays(1),
                null,
                existingCard,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2019, 1, 1),
                support.cell("Quốc Tử Giám", 1),
                null,
                null,
                null);
        assertThatThrownBy(() -> members.create(input, staff))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactlyInAnyOrder("birthDate", "officialOn", "cellId", "partyCardNo"));
        assertThat(jdbc.sql("SELECT count(*) FROM member").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void updateWritesBeforeAndAfterToTheAuditLog() {
        var staff = support.actor("vanmieu.vanphong");
        long id = support.plainMember("Văn Miếu", 4);
        var member = members.get(id, staff);
        long auditBefore = support.auditRows(Long.toString(id));
        var updated = members.update(
                id,
                member.version(),
                new MemberInput(
                        member.fullName(),
                        member.birthDate(),
                        member.gender(),
                        member.partyCardNo(),
                        member.admittedOn(),
                        member.officialOn(),
                        null,
                        "0987 000 111",
                        member.email(),
                        member.status()),
                staff);
        assertThat(updated.phone()).isEqualTo("0987 000 111");
        assertThat(updated.version()).isEqualTo(member.version() + 1);
        assertThat(support.auditRows(Long.toString(id))).isEqualTo(auditBefore + 1);
        assertThatThrownBy(() -> members.update(
                        id,
                        updated.version(),
                        new MemberInput(
                                member.fullName(),
                                null,
                                null,
                                member.partyCardNo(),
                                null,
                                null,
                                support.cell("Văn Miếu", 1),
                                null,
                                null,
                                null),
                        staff))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("cellId"));
    }

    @Test
    void transferClosesTheOldStayOpensANewOneAndIsAudited() {
        var staff = support.actor("vanmieu.vanphong");
        long id = support.plainMember("Văn Miếu", 2);
        long from = support.cell("Văn Miếu", 2);
        long to = support.cell("Văn Miếu", 3);
        long auditBefore = support.auditRows(Long.toString(id));
        var day = LocalDate.now(clock).minusDays(1);

        var moved = transfers.transfer(
                id, members.get(id, staff).version(), new MemberTransfer(to, day, "Chuyển nơi cư trú"), staff);

        assertThat(moved.cellId()).isEqualTo(to);
        var history = transfers.history(id);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).cellId()).isEqualTo(to);
        assertThat(history.get(0).leftOn()).isNull();
        assertThat(history.get(0).note()).isEqualTo("Chuyển nơi cư trú");
        assertThat(history.get(1).cellId()).isEqualTo(from);
        assertThat(history.get(1).leftOn()).isEqualTo(day);
        assertThat(support.auditRows(Long.toString(id))).isEqualTo(auditBefore + 1);
        String auditedCell = jdbc.sql("SELECT organization_id::text FROM audit_log WHERE entity_type = 'Member' "
                        + "AND entity_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", Long.toString(id))
                .query(String.class)
                .single();
        assertThat(auditedCell).isEqualTo(Long.toString(to));
    }

    @Test
    void refusesToTransferOutsideTheScopeOrAnInactiveMember() {
        var staff = support.actor("vanmieu.vanphong");
        long id = support.plainMember("Văn Miếu", 3);
        assertThatThrownBy(() -> transfers.transfer(
                        id,
                        members.get(id, staff).version(),
                        new MemberTransfer(support.cell("Quốc Tử Giám", 1), LocalDate.now(clock), null),
                        staff))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("toCellId"));
        long gone = jdbc.sql("SELECT m.id FROM member m WHERE m.status <> 'ACTIVE' AND m.cell_id IN "
                        + "(SELECT id FROM organization WHERE parent_id = :ward) LIMIT 1")
                .param("ward", support.organization("Đảng ủy phường Văn Miếu"))
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> transfers.transfer(
                        gone,
                        members.get(gone, staff).version(),
                        new MemberTransfer(support.cell("Văn Miếu", 1), LocalDate.now(clock), null),
                        staff))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void appointsAndEndsAPositionWithAuditRows() {
        var staff = support.actor("vanmieu.vanphong");
        long id = support.plainMember("Văn Miếu", 3);
        long cell = support.cell("Văn Miếu", 3);
        var appointment = new MemberAppointment(
                cell,
                MemberPosition.Title.DEPUTY_SECRETARY,
                null,
                LocalDate.now(clock).minusDays(10));

        var position = positions.appoint(id, appointment, staff);

        assertThat(positions.of(id)).extracting(MemberPosition::title).contains(MemberPosition.Title.DEPUTY_SECRETARY);
        assertThatThrownBy(() -> positions.appoint(id, appointment, staff))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("startedOn"));
        assertThatThrownBy(() ->
                        positions.end(id, position.id(), LocalDate.now(clock).minusDays(20), staff))
                .isInstanceOf(InvalidInputException.class);
        var ended = positions.end(id, position.id(), LocalDate.now(clock), staff);
        assertThat(ended.endedOn()).isEqualTo(LocalDate.now(clock));
        long audited = jdbc.sql(
                        "SELECT count(*) FROM audit_log WHERE entity_type = 'MemberPosition' AND entity_id = :id")
                .param("id", Long.toString(position.id()))
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void refusesAPostInAnOrganizationOutsideTheScope() {
        var staff = support.actor("vanmieu.vanphong");
        long id = support.plainMember("Văn Miếu", 3);
        var appointment = new MemberAppointment(
                support.organization("Đảng ủy phường Quốc Tử Giám"),
                MemberPosition.Title.COMMITTEE_MEMBER,
                null,
                LocalDate.now(clock));
        assertThatThrownBy(() -> positions.appoint(id, appointment, staff))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("organizationId"));
        long outsider = support.plainMember("Quốc Tử Giám", 2);
        var inScope = new MemberAppointment(
                support.cell("Văn Miếu", 1), MemberPosition.Title.COMMITTEE_MEMBER, null, LocalDate.now(clock));
        assertThatThrownBy(() -> positions.appoint(outsider, inScope, staff)).isInstanceOf(NotFoundException.class);
        assertThat(positions.of(outsider)).isEmpty();
    }

    private long countIn(String organization) {
        return jdbc.sql("SELECT count(*) FROM member m JOIN organization o ON o.id = m.cell_id "
                        + "WHERE o.path <@ (SELECT path FROM organization WHERE name = :name)")
                .param("name", organization)
                .query(Long.class)
                .single();
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }
}

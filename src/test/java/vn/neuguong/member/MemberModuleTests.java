package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import vn.neuguong.ModuleSliceDatabase;
import vn.neuguong.RecordedAuditLog;
import vn.neuguong.member.roster.RosterImport;
import vn.neuguong.organization.Organization;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.Role;

/**
 * The member module with the organization tree it places members in, and nothing else: a member is admitted into a
 * cell, transferred to another, and keeps the history of both stays; a roster is imported. The audit module is out;
 * the changes go to an {@link AuditLog} kept in memory.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "organization")
@Import({ModuleSliceDatabase.class, RecordedAuditLog.class})
@ActiveProfiles("test")
class MemberModuleTests {

    private static final Actor ADMIN =
            new Actor(0, "slice-admin", "Quản trị", Set.of(Role.ADMIN), List.of(), List.of(), null);

    private final Members members;
    private final RosterImport roster;
    private final MemberTransfers transfers;
    private final Organizations organizations;
    private final RecordedAuditLog audit;
    private final ApplicationContext context;
    private final String suffix = "M" + System.nanoTime() % 1_000_000;

    MemberModuleTests(
            Members members,
            RosterImport roster,
            MemberTransfers transfers,
            Organizations organizations,
            RecordedAuditLog audit,
            ApplicationContext context) {
        this.members = members;
        this.roster = roster;
        this.transfers = transfers;
        this.organizations = organizations;
        this.audit = audit;
        this.context = context;
    }

    @Test
    void transfersAMemberAndKeepsBothStays() {
        var top = organization(null, OrganizationKind.COMMITTEE, "Huyện ủy", "Huyện ủy Lát Cắt");
        var from = organization(top.id(), OrganizationKind.CELL, "Chi bộ", "Chi bộ Đầu");
        var to = organization(top.id(), OrganizationKind.CELL, "Chi bộ", "Chi bộ Cuối");
        var member = members.create(
                new MemberInput(
                        "Trần Thị Lát",
                        LocalDate.of(1990, 5, 1),
                        null,
                        "SLICE-" + suffix,
                        LocalDate.of(2016, 1, 1),
                        null,
                        from.id(),
                        null,
                        null,
                        null),
                ADMIN);

        var moved = transfers.transfer(
                member.id(),
                member.version(),
                new MemberTransfer(to.id(), LocalDate.of(2024, 7, 1), "Chuyển sinh hoạt"),
                ADMIN);

        assertThat(moved.cellId()).isEqualTo(to.id());
        assertThat(transfers.history(member.id()))
                .extracting(MemberCellStay::cellId, MemberCellStay::leftOn)
                .containsExactlyInAnyOrder(tuple(from.id(), LocalDate.of(2024, 7, 1)), tuple(to.id(), null));
        assertThat(audit.entityIds()).contains(member.id());
    }

    @Test
    void importsARosterAndKeepsAnAuditRowForEveryMemberItWrites() {
        var top = organization(null, OrganizationKind.COMMITTEE, "Huyện ủy", "Huyện ủy Nhập Lát");
        var cell = organization(top.id(), OrganizationKind.CELL, "Chi bộ", "Chi bộ Nhập");
        String csv = "Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Ngày vào Đảng,Ngày chính thức,Chi bộ,Điện thoại,"
                + "Email,Trạng thái\n" + "Lê Văn Nhập,,,SLICE-I1-" + suffix + ",,," + cell.name() + ",,,\n"
                + "Lê Thị Nhập,,,SLICE-I2-" + suffix + ",,," + cell.name() + ",,,\n";

        var result = roster.importRoster(
                "roster.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ADMIN);

        assertThat(result.created()).isEqualTo(2);
        var imported = context.getBean(JdbcTemplate.class)
                .queryForList(
                        "SELECT id::text FROM member WHERE party_card_no IN (?, ?)",
                        String.class,
                        "SLICE-I1-" + suffix,
                        "SLICE-I2-" + suffix);
        assertThat(imported).hasSize(2);
        assertThat(audit.entityIds()).containsAll(imported);
    }

    @Test
    void startsWithoutTheModulesItDoesNotNeed() {
        assertThat(ModuleSliceDatabase.beansOf(context, "member")).contains("members");
        assertThat(ModuleSliceDatabase.beansOf(context, "account", "audit", "directive", "campaign", "notification"))
                .isEmpty();
    }

    private Organization organization(Long parentId, OrganizationKind kind, String level, String name) {
        return organizations.create(
                new NewOrganization(parentId, kind, level, name + " " + suffix, "LC", null, LocalDate.of(2015, 1, 1)),
                Scope.everything());
    }
}

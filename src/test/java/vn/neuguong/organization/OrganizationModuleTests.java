package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import vn.neuguong.ModuleSliceDatabase;
import vn.neuguong.RecordedAuditLog;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.StructureChanges.Move;
import vn.neuguong.shared.AuditLog;

/**
 * The organization module alone, with what it depends on (shared, web) and the database: it keeps its tree and
 * its history without any other module, and tells its changes to whatever {@link AuditLog} it is given.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import({ModuleSliceDatabase.class, RecordedAuditLog.class, NoCellMembers.class})
@ActiveProfiles("test")
class OrganizationModuleTests {

    private static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);
    private static final LocalDate MOVED_ON = LocalDate.of(2024, 7, 1);

    private final Organizations organizations;
    private final TreeHistory history;
    private final StructureChanges changes;
    private final RecordedAuditLog audit;
    private final ApplicationContext context;
    private final String suffix = "S" + System.nanoTime() % 1_000_000;

    OrganizationModuleTests(
            Organizations organizations,
            TreeHistory history,
            StructureChanges changes,
            RecordedAuditLog audit,
            ApplicationContext context) {
        this.organizations = organizations;
        this.history = history;
        this.changes = changes;
        this.audit = audit;
        this.context = context;
    }

    @Test
    void movesACellToAnotherWardAndReadsTheTreeAsItStoodBeforeAndAfter() {
        var city = create(null, OrganizationKind.COMMITTEE, "Thành ủy", "Thành ủy Lát Cắt");
        var wardA = create(city.id(), OrganizationKind.GRASSROOTS_COMMITTEE, "Đảng ủy phường", "Phường A");
        var wardB = create(city.id(), OrganizationKind.GRASSROOTS_COMMITTEE, "Đảng ủy phường", "Phường B");
        var cell = create(wardA.id(), OrganizationKind.CELL, "Chi bộ", "Chi bộ 1");

        var moved = changes.move(cell.id(), new Move(wardB.id(), MOVED_ON), Scope.everything());

        assertThat(moved.path()).isEqualTo(wardB.path() + "." + cell.id());
        assertThat(childrenNames(history.treeAsOf(MOVED_ON.minusDays(1), Scope.below(city.id())), wardA))
                .containsExactly(cell.name());
        assertThat(childrenNames(history.treeAsOf(MOVED_ON, Scope.below(city.id())), wardB))
                .containsExactly(cell.name());
        assertThat(audit.entityIds()).contains(city.id(), wardA.id(), wardB.id(), cell.id());
    }

    @Test
    void startsWithoutTheOtherModules() {
        assertThat(ModuleSliceDatabase.beansOf(context, "organization")).contains("organizations");
        assertThat(ModuleSliceDatabase.beansOf(
                        context, "member", "account", "audit", "directive", "campaign", "notification"))
                .isEmpty();
    }

    private Organization create(Long parentId, OrganizationKind kind, String level, String name) {
        return organizations.create(
                new NewOrganization(parentId, kind, level, name + " " + suffix, "LC", null, FOUNDED),
                Scope.everything());
    }

    private static List<String> childrenNames(List<OrganizationTree> roots, Organization parent) {
        List<String> names = new ArrayList<>();
        for (OrganizationTree root : roots) {
            if (root.id() == parent.id()) {
                root.children().forEach(child -> names.add(child.name()));
            }
            names.addAll(childrenNames(root.children(), parent));
        }
        return names;
    }
}

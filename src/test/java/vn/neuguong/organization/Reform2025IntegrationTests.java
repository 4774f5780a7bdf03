package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.StructureChanges.Close;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.organization.StructureChanges.Move;

/**
 * Replays Vietnam's 2025 reform on a district of its own: three wards merge into one new ward on 1 July 2025, the
 * new ward moves directly under the Thành ủy (the district level is removed) and the district closes. The tree read
 * as of 30 June shows the old structure, as of 1 July the new one.
 */
@IntegrationTest
class Reform2025IntegrationTests {

    static final Scope ALL = Scope.everything();
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate EVE = LocalDate.of(2025, 6, 30);

    @Autowired
    Organizations organizations;

    @Autowired
    TreeHistory treeHistory;

    @Autowired
    CellMembership membership;

    @Autowired
    StructureChanges changes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void wardsMergeTheDistrictDisappearsAndBothDatesReadRight() {
        var tree = new TestTree(organizations, jdbc);
        var hanoi = tree.hanoi();
        var district = tree.district("Quận ủy Cải cách");
        var wards = Stream.of("Văn Miếu", "Quốc Tử Giám", "Văn Chương")
                .map(name -> tree.ward(district, "Đảng ủy phường " + name))
                .toList();
        var cells = wards.stream()
                .flatMap(ward -> Stream.of(tree.cell(ward, "Chi bộ số 1"), tree.cell(ward, "Chi bộ số 2")))
                .toList();
        long member = tree.member(cells.get(2), "Nguyễn Thị Cải Cách");
        String newWardName = "Đảng ủy phường Văn Miếu - Quốc Tử Giám " + tree.suffix;

        var newWard = changes.merge(
                new Merge(
                        wards.stream().map(Organization::id).toList(),
                        null,
                        null,
                        null,
                        newWardName,
                        "ĐU",
                        null,
                        REFORM),
                ALL);
        changes.move(newWard.id(), new Move(hanoi.id(), REFORM), ALL);
        changes.close(district.id(), new Close(REFORM), ALL);

        // 30 June 2025: Thành ủy → district → three wards → two cells each
        var before = subtree(hanoi, district.id(), EVE);
        assertThat(before).isNotNull();
        assertThat(before.levelLabel()).isEqualTo("Quận ủy");
        assertThat(before.children())
                .extracting(OrganizationTree::name)
                .containsExactlyInAnyOrderElementsOf(
                        wards.stream().map(Organization::name).toList());
        assertThat(before.children())
                .allSatisfy(ward -> assertThat(ward.children()).hasSize(2));
        assertThat(subtree(hanoi, newWard.id(), EVE)).isNull();

        // 1 July 2025: Thành ủy → new ward → all six cells; the district and the old wards are gone
        assertThat(subtree(hanoi, district.id(), REFORM)).isNull();
        var hanoiOnReform =
                treeHistory.treeAsOf(REFORM, Scope.below(hanoi.id())).get(0);
        var after = hanoiOnReform.children().stream()
                .filter(child -> child.id() == newWard.id())
                .findFirst()
                .orElseThrow();
        assertThat(after.name()).isEqualTo(newWardName);
        assertThat(after.children())
                .extracting(OrganizationTree::id)
                .containsExactlyInAnyOrderElementsOf(
                        cells.stream().map(Organization::id).toList());
        assertThat(names(treeHistory.childrenAsOf(hanoi.id(), REFORM, ALL)))
                .contains(newWardName)
                .doesNotContain(district.name());
        assertThat(names(treeHistory.childrenAsOf(hanoi.id(), EVE, ALL)))
                .contains(district.name())
                .doesNotContain(newWardName);

        // the present tables agree with the tree as of 1 July
        var current = tree.reload(newWard);
        assertThat(current.parentId()).isEqualTo(hanoi.id());
        assertThat(current.path()).isEqualTo(hanoi.path() + "." + newWard.id());
        assertThat(tree.reload(cells.get(0)).path()).startsWith(current.path() + ".");
        assertThat(tree.reload(district).closedOn()).isEqualTo(REFORM);
        assertThat(wards)
                .allSatisfy(ward -> assertThat(tree.reload(ward).closedOn()).isEqualTo(REFORM));
        assertThat(membership.activeMemberCount(newWard.id())).isEqualTo(1);
        assertThat(tree.cellOf(member)).isEqualTo(cells.get(2).id());
        // the staff of the new ward see its cells; the district's scope no longer reaches them
        assertThat(organizations.find(cells.get(5).id(), Scope.below(newWard.id())))
                .isPresent();
        assertThat(organizations.find(cells.get(5).id(), Scope.below(district.id())))
                .isEmpty();
    }

    private OrganizationTree subtree(Organization root, long id, LocalDate asOf) {
        return find(treeHistory.treeAsOf(asOf, Scope.below(root.id())), id);
    }

    private static OrganizationTree find(List<OrganizationTree> trees, long id) {
        for (var tree : trees) {
            if (tree.id() == id) {
                return tree;
            }
            var found = find(tree.children(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<String> names(List<OrganizationNode> nodes) {
        return nodes.stream().map(OrganizationNode::name).toList();
    }
}

package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.StructureChanges.Merge;

/**
 * A successor covers its predecessors' history: the staff of a ward formed by a merge reach the wards it replaced,
 * and the paths their cells had then; a sibling ward reaches none of it, and a predecessor's scope does not reach
 * its successor.
 */
@IntegrationTest
class SuccessorScopeIntegrationTests {

    static final LocalDate MERGE = LocalDate.of(2025, 7, 1);
    static final LocalDate BEFORE = LocalDate.of(2024, 12, 31);

    @Autowired
    Organizations organizations;

    @Autowired
    StructureChanges changes;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Organization wardA;
    Organization wardB;
    Organization sibling;
    Organization cellA;
    Organization merged;
    Organization later;

    @BeforeEach
    void mergeTwoWards() {
        tree = new TestTree(organizations, jdbc);
        var district = tree.district("Quận ủy Kế thừa");
        wardA = tree.ward(district, "Đảng ủy phường A");
        wardB = tree.ward(district, "Đảng ủy phường B");
        sibling = tree.ward(district, "Đảng ủy phường C");
        cellA = tree.cell(wardA, "Chi bộ số 1");
        tree.cell(sibling, "Chi bộ số 1");
        merged = merge(List.of(wardA.id(), wardB.id()), "Đảng ủy phường AB", MERGE);
    }

    @Test
    void theSuccessorsStaffReachThePredecessorsAndThePathsTheirCellsHadThen() {
        var staff = Scope.below(merged.id());
        assertThat(organizations.find(wardA.id(), staff)).isPresent();
        assertThat(organizations.find(wardB.id(), staff)).isPresent();
        assertThat(organizations.find(cellA.id(), staff))
                .as("the cell moved in")
                .isPresent();
        assertThat(coversPathOn(staff, cellA, BEFORE))
                .as("the cell under ward A in 2024")
                .isTrue();
    }

    @Test
    void aSiblingReachesNoneOfItAndAPredecessorsScopeDoesNotReachItsSuccessor() {
        var siblingStaff = Scope.below(sibling.id());
        assertThat(organizations.find(wardA.id(), siblingStaff)).isEmpty();
        assertThat(organizations.find(merged.id(), siblingStaff)).isEmpty();
        assertThat(coversPathOn(siblingStaff, cellA, BEFORE)).isFalse();
        var oldStaff = Scope.below(wardA.id());
        assertThat(organizations.find(merged.id(), oldStaff)).isEmpty();
        assertThat(organizations.find(cellA.id(), oldStaff)).isEmpty();
        assertThat(organizations.find(wardB.id(), oldStaff)).isEmpty();
    }

    @Test
    void aChainOfMergesIsFollowedToTheFirstPredecessors() {
        later = merge(List.of(merged.id(), sibling.id()), "Đảng ủy phường ABC", MERGE.plusYears(1));
        var staff = Scope.below(later.id());
        assertThat(organizations.find(wardA.id(), staff)).isPresent();
        assertThat(organizations.find(merged.id(), staff)).isPresent();
        assertThat(coversPathOn(staff, cellA, BEFORE)).isTrue();
        assertThat(organizations.find(later.id(), Scope.below(merged.id()))).isEmpty();
    }

    private Organization merge(List<Long> sources, String name, LocalDate on) {
        return changes.merge(
                new Merge(sources, null, null, null, name + " " + tree.suffix, "ĐU", null, on), Scope.everything());
    }

    private boolean coversPathOn(Scope scope, Organization organization, LocalDate day) {
        return jdbc.sql("SELECT " + TreeSql.pathAsOf(":id", ":day") + " <@ ARRAY(SELECT o.path FROM organization o"
                        + " WHERE o.id = :ward) AND " + scope.covers(TreeSql.pathAsOf(":id", ":day")))
                .param("id", organization.id())
                .param("ward", wardA.id())
                .param("day", day)
                .query(Boolean.class)
                .single();
    }
}

package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.organization.StructureChanges.Move;
import vn.neuguong.organization.StructureChanges.Rename;

/** The tree's fragments read on a date ({@link TreeSql#subtreeAsOf}): where each organization stood that day. */
@IntegrationTest
class TreeSqlAsOfIntegrationTests {

    static final Scope ALL = Scope.everything();
    static final LocalDate MOVE = LocalDate.of(2024, 3, 1);
    static final LocalDate MERGE = LocalDate.of(2025, 7, 1);

    @Autowired
    Organizations organizations;

    @Autowired
    StructureChanges changes;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Organization district;
    Organization wardA;
    Organization wardB;
    Organization cell;
    Organization stays;

    record Row(long id, Long childId, int depth, boolean open, String name) {}

    @BeforeEach
    void buildTree() {
        tree = new TestTree(organizations, jdbc);
        district = tree.district("Quận ủy Lịch sử");
        wardA = tree.ward(district, "Đảng ủy phường A");
        wardB = tree.ward(district, "Đảng ủy phường B");
        cell = tree.cell(wardA, "Chi bộ di chuyển");
        stays = tree.cell(wardA, "Chi bộ ở lại");
    }

    @Test
    void aMovedCellIsUnderItsOldParentTheDayBeforeAndUnderTheNewOneOnTheDay() {
        changes.move(cell.id(), new Move(wardB.id(), MOVE), ALL);

        var before = subtree(district, MOVE.minusDays(1));
        assertThat(before.get(cell.id()).childId()).isEqualTo(wardA.id());
        assertThat(before.get(cell.id()).depth()).isEqualTo(2);
        assertThat(ids(wardA, MOVE.minusDays(1))).containsExactlyInAnyOrder(wardA.id(), cell.id(), stays.id());
        assertThat(ids(wardB, MOVE.minusDays(1))).containsExactly(wardB.id());

        var on = subtree(district, MOVE);
        assertThat(on.get(cell.id()).childId()).isEqualTo(wardB.id());
        assertThat(ids(wardA, MOVE)).containsExactlyInAnyOrder(wardA.id(), stays.id());
        assertThat(ids(wardB, MOVE)).containsExactlyInAnyOrder(wardB.id(), cell.id());
        assertThat(on.get(district.id()).childId()).isNull();
        assertThat(on.get(district.id()).depth()).isZero();
    }

    @Test
    void aMergeReadsTheOldWardsTheDayBeforeAndTheNewOneFromTheDayOn() {
        var merged = changes.merge(
                new Merge(
                        List.of(wardA.id(), wardB.id()),
                        null,
                        null,
                        null,
                        "Đảng ủy phường Hợp nhất " + tree.suffix,
                        "ĐU",
                        null,
                        MERGE),
                ALL);

        var eve = subtree(district, MERGE.minusDays(1));
        assertThat(eve.get(cell.id()).childId()).isEqualTo(wardA.id());
        assertThat(eve.get(wardA.id()).open()).isTrue();
        assertThat(eve.get(merged.id()).open()).as("not yet established").isFalse();
        assertThat(ids(wardA, MERGE.minusDays(1))).containsExactlyInAnyOrder(wardA.id(), cell.id(), stays.id());

        var day = subtree(district, MERGE);
        assertThat(day.get(cell.id()).childId()).isEqualTo(merged.id());
        assertThat(day.get(stays.id()).childId()).isEqualTo(merged.id());
        assertThat(day.get(merged.id()).open()).isTrue();
        assertThat(day.get(wardA.id()).open())
                .as("closed, where it stood on its last day")
                .isFalse();
        assertThat(day.get(wardA.id()).childId()).isEqualTo(wardA.id());
        assertThat(ids(merged, MERGE)).containsExactlyInAnyOrder(merged.id(), cell.id(), stays.id());

        assertThat(hasChildren(wardA, MERGE.minusDays(1))).isTrue();
        assertThat(hasChildren(wardB, MERGE.minusDays(1))).isFalse();
        assertThat(hasChildren(merged, MERGE)).isTrue();
    }

    @Test
    void namesAreReadAsTheyWereOnTheDay() {
        String renamed = "Đảng ủy phường A mới " + tree.suffix;
        changes.rename(wardA.id(), new Rename(renamed, null, MOVE), ALL);

        assertThat(subtree(district, MOVE.minusDays(1)).get(wardA.id()).name()).isEqualTo(wardA.name());
        assertThat(subtree(district, MOVE).get(wardA.id()).name()).isEqualTo(renamed);
        assertThat(jdbc.sql("SELECT " + TreeSql.nameAsOf(":id", ":day"))
                        .param("id", wardA.id())
                        .param("day", MOVE.minusDays(1))
                        .query(String.class)
                        .single())
                .isEqualTo(wardA.name());
    }

    private Map<Long, Row> subtree(Organization top, LocalDate day) {
        return jdbc
                .sql("SELECT s.id, s.child_id, s.depth, s.open, s.name FROM "
                        + TreeSql.subtreeAsOf(TreeSql.pathAsOf(":top", ":day"), ":day") + " s")
                .param("top", top.id())
                .param("day", day)
                .query(Row.class)
                .list()
                .stream()
                .collect(Collectors.toMap(Row::id, row -> row));
    }

    private List<Long> ids(Organization top, LocalDate day) {
        return List.copyOf(subtree(top, day).keySet());
    }

    private boolean hasChildren(Organization organization, LocalDate day) {
        return jdbc.sql("SELECT " + TreeSql.hasChildrenAsOf(":id", ":day"))
                .param("id", organization.id())
                .param("day", day)
                .query(Boolean.class)
                .single();
    }
}

package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.StructureChanges.Close;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.organization.StructureChanges.Move;
import vn.neuguong.organization.StructureChanges.Part;
import vn.neuguong.organization.StructureChanges.Rename;
import vn.neuguong.organization.StructureChanges.Split;
import vn.neuguong.organization.StructureChanges.Update;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

@IntegrationTest
class StructureChangesIntegrationTests {

    static final Scope ALL = Scope.everything();
    static final LocalDate JULY = LocalDate.of(2025, 7, 1);

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

    TestTree tree;
    Organization district;
    Organization wardA;
    Organization wardB;

    @BeforeEach
    void buildTree() {
        tree = new TestTree(organizations, jdbc);
        district = tree.district("Quận ủy Thử nghiệm");
        wardA = tree.ward(district, "Đảng ủy phường A");
        wardB = tree.ward(district, "Đảng ủy phường B");
    }

    @Test
    void renameTakesEffectOnItsDateAndKeepsTheOldNameInHistory() {
        var renamed = changes.rename(wardA.id(), new Rename("Đảng ủy phường Mới", "ĐUM", JULY), ALL);

        assertThat(renamed.name()).isEqualTo("Đảng ủy phường Mới");
        assertThat(renamed.code()).isEqualTo("ĐUM");
        assertThat(names(treeHistory.childrenAsOf(district.id(), JULY.minusDays(1), ALL)))
                .contains(wardA.name());
        assertThat(names(treeHistory.childrenAsOf(district.id(), JULY, ALL)))
                .contains("Đảng ủy phường Mới")
                .doesNotContain(wardA.name());
        var history = treeHistory.of(wardA.id(), ALL);
        assertThat(history).extracting(OrganizationPeriod::changeKind).containsExactly("CREATE", "RENAME");
        assertThat(history.get(0).validTo()).isEqualTo(JULY);
        assertThat(history.get(1).validFrom()).isEqualTo(JULY);
        assertThat(history.get(1).validTo()).isNull();
    }

    @Test
    void rejectsAnEffectiveDateBeforeTheOrganizationWasEstablished() {
        assertFieldError(
                () -> changes.rename(wardA.id(), new Rename("Tên khác", null, LocalDate.of(2014, 12, 31)), ALL),
                "effectiveOn",
                "organization.change.beforeEstablished");
        assertFieldError(
                () -> changes.move(wardA.id(), new Move(wardB.id(), LocalDate.of(2010, 1, 1)), ALL),
                "effectiveOn",
                "organization.change.beforeEstablished");
    }

    @Test
    void rejectsAnEffectiveDateBeforeTheLastChangeSoHistoryIsOnlyAppended() {
        changes.rename(wardA.id(), new Rename("Tên thứ hai", null, JULY), ALL);

        assertFieldError(
                () -> changes.rename(wardA.id(), new Rename("Tên thứ ba", null, JULY.minusDays(1)), ALL),
                "effectiveOn",
                "organization.change.beforeLastChange");
    }

    @Test
    void moveCarriesTheWholeSubtreeAndTheOldTreeStaysReadable() {
        var cell = tree.cell(wardA, "Chi bộ 1");
        var otherDistrict = tree.district("Quận ủy Khác");

        var moved = changes.move(wardA.id(), new Move(otherDistrict.id(), JULY), ALL);

        assertThat(moved.parentId()).isEqualTo(otherDistrict.id());
        assertThat(moved.path()).isEqualTo(otherDistrict.path() + "." + wardA.id());
        assertThat(tree.reload(cell).path()).isEqualTo(otherDistrict.path() + "." + wardA.id() + "." + cell.id());
        assertThat(names(treeHistory.childrenAsOf(district.id(), JULY.minusDays(1), ALL)))
                .contains(wardA.name());
        assertThat(names(treeHistory.childrenAsOf(district.id(), JULY, ALL))).doesNotContain(wardA.name());
        assertThat(names(treeHistory.childrenAsOf(otherDistrict.id(), JULY, ALL)))
                .contains(wardA.name());
        String cellPathOnJuly = jdbc.sql("SELECT path::text FROM organization_period WHERE organization_id = :id "
                        + "AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)")
                .param("id", cell.id())
                .param("d", JULY)
                .query(String.class)
                .single();
        assertThat(cellPathOnJuly).isEqualTo(tree.reload(cell).path());
        // the scope of the new district now covers the moved cell, in SQL
        assertThat(organizations.find(cell.id(), Scope.below(otherDistrict.id())))
                .isPresent();
        assertThat(organizations.find(cell.id(), Scope.below(district.id()))).isEmpty();
    }

    @Test
    void rejectsMovingAnOrganizationUnderItselfOrItsOwnDescendant() {
        var cell = tree.cell(wardA, "Chi bộ 1");
        var department = tree.create(wardA, OrganizationKind.DEPARTMENT, "Ban", "Văn phòng", "VP");

        assertFieldError(
                () -> changes.move(wardA.id(), new Move(department.id(), JULY), ALL),
                "parentId",
                "organization.move.underOwnDescendant");
        assertFieldError(
                () -> changes.move(wardA.id(), new Move(wardA.id(), JULY), ALL),
                "parentId",
                "organization.move.underOwnDescendant");
        assertFieldError(
                () -> changes.move(wardB.id(), new Move(cell.id(), JULY), ALL),
                "parentId",
                "organization.parent.isCell");
        assertThat(tree.reload(wardA).path()).isEqualTo(wardA.path());
    }

    @Test
    void mergeMovesChildrenAndMembersToANewOrganizationAndClosesTheSources() {
        var cellA1 = tree.cell(wardA, "Chi bộ A1");
        var cellA2 = tree.cell(wardA, "Chi bộ A2");
        var cellB1 = tree.cell(wardB, "Chi bộ B1");
        long member = tree.member(cellA1, "Nguyễn Văn Hợp");

        var merged = changes.merge(
                new Merge(List.of(wardA.id(), wardB.id()), null, null, null, "Đảng ủy phường AB", "ĐU", null, JULY),
                ALL);

        assertThat(merged.kind()).isEqualTo(OrganizationKind.GRASSROOTS_COMMITTEE);
        assertThat(merged.parentId()).isEqualTo(district.id());
        assertThat(merged.establishedOn()).isEqualTo(JULY);
        assertThat(organizations.children(merged.id(), ALL))
                .extracting(Organization::id)
                .containsExactlyInAnyOrder(cellA1.id(), cellA2.id(), cellB1.id());
        for (var source : List.of(wardA, wardB)) {
            var closed = tree.reload(source);
            assertThat(closed.closedOn()).isEqualTo(JULY);
            assertThat(jdbc.sql("SELECT successor_id FROM organization WHERE id = :id")
                            .param("id", source.id())
                            .query(Long.class)
                            .single())
                    .isEqualTo(merged.id());
        }
        assertThat(names(treeHistory.childrenAsOf(district.id(), JULY.minusDays(1), ALL)))
                .contains(wardA.name(), wardB.name())
                .doesNotContain("Đảng ủy phường AB");
        assertThat(names(treeHistory.childrenAsOf(district.id(), JULY, ALL)))
                .contains("Đảng ủy phường AB")
                .doesNotContain(wardA.name(), wardB.name());
        // the member's cell merely moved with its ward, so the member stays in it
        assertThat(tree.cellOf(member)).isEqualTo(cellA1.id());
    }

    @Test
    void mergingCellsMovesTheirMembersAndKeepsTheirCellHistory() {
        var cell1 = tree.cell(wardA, "Chi bộ 1");
        var cell2 = tree.cell(wardA, "Chi bộ 2");
        long first = tree.member(cell1, "Trần Thị Một");
        long second = tree.member(cell2, "Lê Văn Hai");
        tree.position(first, cell1, "SECRETARY");

        var merged = changes.merge(new Merge(List.of(cell2.id()), cell1.id(), null, null, null, null, null, JULY), ALL);

        assertThat(merged.id()).isEqualTo(cell1.id());
        assertThat(tree.cellOf(second)).isEqualTo(cell1.id());
        var stays = jdbc.sql("SELECT cell_id, joined_on, left_on FROM member_cell_history WHERE member_id = :id "
                        + "ORDER BY joined_on")
                .param("id", second)
                .query((rs, n) -> List.of(
                        rs.getLong("cell_id"),
                        rs.getObject("joined_on", LocalDate.class),
                        String.valueOf(rs.getObject("left_on", LocalDate.class))))
                .list();
        assertThat(stays)
                .containsExactly(
                        List.of(cell2.id(), LocalDate.of(2016, 1, 1), JULY.toString()),
                        List.of(cell1.id(), JULY, "null"));
        assertThat(tree.reload(cell2).closedOn()).isEqualTo(JULY);
        assertThat(membership.officers(cell1.id()))
                .extracting(o -> o.memberId())
                .containsExactly(first);
        assertThat(membership.activeMemberCount(wardA.id())).isEqualTo(2);
    }

    @Test
    void rejectsMergingAnOrganizationIntoItself() {
        assertFieldError(
                () -> changes.merge(
                        new Merge(List.of(wardA.id(), wardB.id()), wardA.id(), null, null, null, null, null, JULY),
                        ALL),
                "targetId",
                "organization.merge.intoItself");
        assertThat(tree.reload(wardA).isOpen()).isTrue();
        assertThat(tree.reload(wardB).isOpen()).isTrue();
    }

    @Test
    void rejectsMergingOrganizationsOfDifferentKinds() {
        var cell = tree.cell(wardA, "Chi bộ 1");

        assertFieldError(
                () -> changes.merge(
                        new Merge(List.of(wardB.id(), cell.id()), null, null, null, "Hỗn hợp", "HH", null, JULY), ALL),
                "sourceIds",
                "organization.merge.differentKinds");
        assertThat(tree.reload(cell).isOpen()).isTrue();
        assertThat(organizations.findByName(district.id(), "Hỗn hợp")).isEmpty();
    }

    @Test
    void rejectedMergeWritesNeitherPeriodsNorAuditRows() {
        long periodsBefore = tree.periods(wardA) + tree.periods(wardB);
        long auditsBefore = tree.auditRows(wardA) + tree.auditRows(wardB);

        assertFieldError(
                () -> changes.merge(
                        new Merge(List.of(wardA.id(), wardB.id()), null, null, null, "", "ĐU", null, JULY), ALL),
                "name",
                "validation.required");

        assertThat(tree.periods(wardA) + tree.periods(wardB)).isEqualTo(periodsBefore);
        assertThat(tree.auditRows(wardA) + tree.auditRows(wardB)).isEqualTo(auditsBefore);
    }

    @Test
    void splitSendsChildrenAndMembersWhereTheUserChoseOrToTheFirstPart() {
        var cell1 = tree.cell(wardA, "Chi bộ 1");
        var cell2 = tree.cell(wardA, "Chi bộ 2");
        var cell3 = tree.cell(wardA, "Chi bộ 3");

        var parts = changes.split(
                wardA.id(),
                new Split(
                        JULY,
                        List.of(
                                new Part(null, "Đảng ủy phường A Bắc", "ĐU", null),
                                new Part(null, "Đảng ủy phường A Nam", "ĐU", null)),
                        Map.of(cell2.id(), 1),
                        Map.of()),
                ALL);

        assertThat(parts).extracting(Organization::parentId).containsOnly(district.id());
        assertThat(parts).extracting(Organization::levelLabel).containsOnly("Đảng ủy phường");
        assertThat(organizations.children(parts.get(0).id(), ALL))
                .extracting(Organization::id)
                .containsExactlyInAnyOrder(cell1.id(), cell3.id());
        assertThat(organizations.children(parts.get(1).id(), ALL))
                .extracting(Organization::id)
                .containsExactly(cell2.id());
        var source = tree.reload(wardA);
        assertThat(source.closedOn()).isEqualTo(JULY);
        assertThat(organizations.successor(source, ALL))
                .map(Organization::id)
                .contains(parts.get(0).id());
        assertThat(names(treeHistory.childrenAsOf(wardA.id(), JULY.minusDays(1), ALL)))
                .containsExactlyInAnyOrder(cell1.name(), cell2.name(), cell3.name());
    }

    @Test
    void splittingACellAssignsItsMembers() {
        var cell = tree.cell(wardA, "Chi bộ Lớn");
        long first = tree.member(cell, "Phạm Văn Một");
        long second = tree.member(cell, "Phạm Văn Hai");

        var parts = changes.split(
                cell.id(),
                new Split(
                        JULY,
                        List.of(new Part(null, "Chi bộ Lớn 1", "CB", null), new Part(null, "Chi bộ Lớn 2", "CB", null)),
                        Map.of(),
                        Map.of(second, 1)),
                ALL);

        assertThat(tree.cellOf(first)).isEqualTo(parts.get(0).id());
        assertThat(tree.cellOf(second)).isEqualTo(parts.get(1).id());
    }

    @Test
    void rejectsASplitToAPartThatDoesNotExist() {
        var cell = tree.cell(wardA, "Chi bộ 1");

        assertFieldError(
                () -> changes.split(
                        wardA.id(),
                        new Split(
                                JULY,
                                List.of(new Part(null, "Một", "M", null), new Part(null, "Hai", "H", null)),
                                Map.of(cell.id(), 5),
                                Map.of()),
                        ALL),
                "children[" + cell.id() + "]",
                "organization.split.noSuchPart");
        assertThat(tree.reload(wardA).isOpen()).isTrue();
    }

    @Test
    void closingNeedsAnEmptyOrganizationAndAClosedOneCannotChange() {
        var cell = tree.cell(wardA, "Chi bộ 1");
        tree.member(cell, "Đỗ Thị Còn");

        assertFieldError(
                () -> changes.close(wardA.id(), new Close(JULY), ALL), "effectiveOn", "organization.close.hasChildren");
        assertFieldError(
                () -> changes.close(cell.id(), new Close(JULY), ALL), "effectiveOn", "organization.close.hasMembers");

        changes.close(wardB.id(), new Close(JULY), ALL);
        assertThat(tree.reload(wardB).closedOn()).isEqualTo(JULY);
        assertThatThrownBy(() -> changes.rename(wardB.id(), new Rename("Hồi sinh", null, JULY), ALL))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void updateCorrectsCodeAndAddressInPlaceAndANewNameIsARename() {
        changes.update(wardA.id(), new Update("Đảng ủy phường", null, "ĐUA", "Số 5 phố Thử", null), null, ALL);
        var corrected = tree.reload(wardA);
        assertThat(corrected.code()).isEqualTo("ĐUA");
        assertThat(corrected.address()).isEqualTo("Số 5 phố Thử");
        assertThat(tree.periods(wardA)).isEqualTo(1);

        assertFieldError(
                () -> changes.update(wardA.id(), new Update("Đảng ủy phường", "Tên mới", "ĐUA", null, null), null, ALL),
                "effectiveOn",
                "validation.required");
        changes.update(wardA.id(), new Update("Đảng ủy phường", "Tên mới", "ĐUA", null, JULY), null, ALL);
        assertThat(tree.reload(wardA).name()).isEqualTo("Tên mới");
        assertThat(tree.periods(wardA)).isEqualTo(2);
    }

    @Test
    void everyChangeIsWrittenToTheAuditLog() {
        long before = tree.auditRows(wardA);

        changes.rename(wardA.id(), new Rename("Đổi tên một", null, JULY), ALL);
        changes.move(wardA.id(), new Move(tree.hanoi().id(), JULY), ALL);

        assertThat(tree.auditRows(wardA)).isEqualTo(before + 2);
        String after = jdbc.sql("SELECT after_value->>'name' FROM audit_log WHERE entity_type = 'Organization' "
                        + "AND entity_id = :id ORDER BY id DESC LIMIT 1")
                .param("id", String.valueOf(wardA.id()))
                .query(String.class)
                .single();
        assertThat(after).isEqualTo("Đổi tên một");
    }

    static List<String> names(List<OrganizationNode> nodes) {
        return nodes.stream().map(OrganizationNode::name).toList();
    }

    static void assertFieldError(Runnable change, String field, String message) {
        assertThatThrownBy(change::run)
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldError.class))
                .contains(new FieldError(field, message));
    }
}

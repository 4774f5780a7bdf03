package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;

/** The grouped count a board makes over many cells agrees with the counting rule cell by cell, on several days. */
@IntegrationTest
class MemberCountedInCellsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberCounting counting;

    @Test
    void countingOnRollAndExpectedPerCellGivesTheRulesFigures() {
        List<Long> cells = jdbc.sql("SELECT c.id FROM organization c JOIN organization w ON w.id = c.parent_id"
                        + " WHERE w.name = 'Đảng ủy phường Văn Miếu' AND c.kind = 'CELL' ORDER BY c.id")
                .query(Long.class)
                .list();
        assertThat(cells).hasSizeGreaterThanOrEqualTo(4);
        for (var day : List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 15))) {
            var counts = jdbc.sql("SELECT mc.cell_id, count(*) FILTER (WHERE mc.on_roll), count(*) FILTER (WHERE"
                            + " mc.expected) FROM "
                            + MemberSql.countedInCells("SELECT unnest(CAST(:cells AS bigint[]))", "CAST(:day AS date)")
                            + " mc GROUP BY mc.cell_id")
                    .param("cells", cells.toArray(Long[]::new))
                    .param("day", day)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .list();
            long exempt = 0;
            for (long cell : cells) {
                var found =
                        counts.stream().filter(c -> c[0] == cell).findFirst().orElse(new long[] {cell, 0, 0});
                assertThat(found[1]).as("on roll of %d on %s", cell, day).isEqualTo(counting.onRoll(cell, day));
                assertThat(found[2]).as("expected in %d on %s", cell, day).isEqualTo(counting.expected(cell, day));
                exempt += found[1] - found[2];
            }
            assertThat(exempt).as("the ward's exempt member on %s", day).isEqualTo(1);
        }
    }
}

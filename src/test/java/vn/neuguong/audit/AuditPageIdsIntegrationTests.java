package vn.neuguong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.shared.Role;

/** The audit page's two ways to its entries (gathered and sorted, or walked by time) give the same pages. */
@IntegrationTest
class AuditPageIdsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void gatheringAndWalkingGiveTheSamePagesForEveryCommitteesStaff() {
        var committees = jdbc.sql("SELECT id FROM organization WHERE kind <> 'CELL' ORDER BY id")
                .query(Long.class)
                .list();
        int withEntries = 0;
        for (long organization : committees) {
            var staff = new Actor(0, "x", "x", Set.of(Role.STAFF), List.of(organization), List.of(), null);
            var where = " WHERE " + AuditEntries.visible(staff);
            for (int page = 1; page <= 2; page++) {
                var request = PageRequest.of(page, 5, 5, 5);
                var gathered = ids(AuditEntries.pageIds(where, 0, request), organization);
                assertThat(ids(AuditEntries.pageIds(where, Long.MAX_VALUE, request), organization))
                        .as("staff of %d, page %d", organization, page)
                        .isEqualTo(gathered);
                withEntries += page == 1 && !gathered.isEmpty() ? 1 : 0;
            }
        }
        assertThat(withEntries).isPositive();
    }

    private List<Long> ids(String pageIds, long organization) {
        // the page's ids in the page's order, as AuditEntries reads them
        return jdbc.sql("SELECT a.id FROM audit_log a WHERE a.id IN (" + pageIds + ")"
                        + " ORDER BY a.occurred_at DESC, a.id DESC")
                .query(Long.class)
                .list();
    }
}

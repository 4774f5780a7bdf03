package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Scope;

/** The campaign list's form of the scope's campaigns gives exactly what the row-by-row condition gives. */
@IntegrationTest
class CampaignsListedIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void listedIsTheSameSetAsVisibleForEveryOrganization() {
        var organizations = jdbc.sql("SELECT id FROM organization ORDER BY id")
                .query(Long.class)
                .list();
        int nonEmpty = 0;
        for (long organization : organizations) {
            var scope = Scope.below(organization);
            var expected = ids(Campaigns.visible(scope));
            assertThat(ids(Campaigns.listed(scope)))
                    .as("staff of %d", organization)
                    .isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        assertThat(ids(Campaigns.listed(Scope.everything()))).isEqualTo(ids("TRUE"));
        assertThat(nonEmpty).isPositive();
    }

    private List<Long> ids(String condition) {
        return jdbc.sql("SELECT c.id FROM campaign c WHERE " + condition + " ORDER BY c.id")
                .query(Long.class)
                .list();
    }
}

package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Scope;

/** A list's form of the documents one may read gives exactly the documents the row-by-row condition gives. */
@IntegrationTest
class VisibilityListedIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void listedIsTheSameSetAsTheConditionForEveryOrganizationAndMember() {
        var organizations = jdbc.sql("SELECT id FROM organization ORDER BY id")
                .query(Long.class)
                .list();
        var members = jdbc.sql("SELECT id FROM member ORDER BY id LIMIT 40")
                .query(Long.class)
                .list();
        int nonEmpty = 0;
        for (long organization : organizations) {
            var visibility = Visibility.of(Scope.below(organization));
            var expected = ids(visibility.sql("d"), visibility);
            assertThat(ids(visibility.listed("d"), visibility))
                    .as("staff of %d", organization)
                    .isEqualTo(expected);
            nonEmpty += expected.isEmpty() ? 0 : 1;
        }
        for (long member : members) {
            var visibility = new Visibility(new Scope(false, List.of()), member);
            assertThat(ids(visibility.listed("d"), visibility))
                    .as("member %d", member)
                    .isEqualTo(ids(visibility.sql("d"), visibility));
        }
        var everything = Visibility.of(Scope.everything());
        assertThat(ids(everything.listed("d"), everything)).isEqualTo(ids("TRUE", everything));
        assertThat(nonEmpty).isGreaterThan(organizations.size() / 2);
    }

    private List<Long> ids(String condition, Visibility visibility) {
        return jdbc.sql("SELECT d.id FROM document d WHERE " + condition + " ORDER BY d.id")
                .params(visibility.parameters())
                .query(Long.class)
                .list();
    }
}

package vn.neuguong.supervision;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Organization;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;

/** The committees and subtrees supervision works in, read through the tree's API and fragments. */
@Component
class Committees {

    private final Organizations organizations;
    private final JdbcClient jdbc;

    Committees(Organizations organizations, JdbcClient jdbc) {
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    /** An organization as a picker offers it. */
    record Choice(long id, String name) {}

    /** A committee (or grassroots committee) inside the scope; anything else answers 404. */
    Organization committee(long id, Scope scope) {
        var found = organizations.get(id, scope);
        if (found.kind() != OrganizationKind.COMMITTEE && found.kind() != OrganizationKind.GRASSROOTS_COMMITTEE) {
            throw new NotFoundException("Committee", id);
        }
        return found;
    }

    Organization organization(long id, Scope scope) {
        return organizations.get(id, scope);
    }

    /** True when the organization is the root or lies below it. */
    boolean within(long organizationId, long rootId) {
        return jdbc.sql("SELECT " + TreeSql.within(":organization", ":root"))
                .param("organization", organizationId)
                .param("root", rootId)
                .query(Boolean.class)
                .single();
    }

    /** True when the organization is an open cell whose nearest committee is the committee. */
    boolean isCellOf(long cellId, long committeeId) {
        return jdbc.sql("SELECT " + TreeSql.kind(":cell") + " = 'CELL' AND " + TreeSql.isOpen(":cell") + " AND "
                        + TreeSql.nearestCommittee(":cell") + " = :committee")
                .param("cell", cellId)
                .param("committee", committeeId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The committees at the top of the scope, and below them, for pickers (first 500). */
    List<Choice> committeesIn(Scope scope) {
        return jdbc.sql("SELECT o.id, o.name FROM " + TreeSql.organizations() + " o WHERE o.open AND o.kind IN"
                        + " ('COMMITTEE', 'GRASSROOTS_COMMITTEE') AND " + scope.covers("o.path")
                        + " ORDER BY o.path LIMIT 500")
                .query(Choice.class)
                .list();
    }

    /** The first organization at the top of the scope: where a board opens. */
    long top(Scope scope) {
        return organizations.tops(scope).stream()
                .findFirst()
                .map(Organization::id)
                .orElseThrow(() -> new NotFoundException("Organization", 0));
    }
}

package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tree as it stood on any date, read from the organizations' periods, and each organization's states. */
@Repository
class TreeHistory {

    /** The organizations of the tree as it stood on {@code :asOf}, with their number of children then. */
    static final String NODES_AS_OF = """
            SELECT o.id, o.kind, p.level_label, p.name, p.code, p.parent_id, p.path::text AS path,
                   (SELECT count(*) FROM organization_period c
                     WHERE c.parent_id = o.id AND c.valid_from <= :asOf
                       AND (c.valid_to IS NULL OR c.valid_to > :asOf)) AS child_count
              FROM organization_period p JOIN organization o ON o.id = p.organization_id
             WHERE p.valid_from <= :asOf AND (p.valid_to IS NULL OR p.valid_to > :asOf)""";

    /** The same without the child counts, for reading a whole tree at once, where nesting shows the children. */
    static final String TREE_AS_OF = """
            SELECT o.id, o.kind, p.level_label, p.name, p.code, p.parent_id, p.path::text AS path, 0 AS child_count
              FROM organization_period p JOIN organization o ON o.id = p.organization_id
             WHERE p.valid_from <= :asOf AND (p.valid_to IS NULL OR p.valid_to > :asOf)""";

    static final String NODE_ORDER = " ORDER BY o.kind DESC, p.name COLLATE vi_icu";

    private final JdbcClient jdbc;
    private final Organizations organizations;

    TreeHistory(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** The organizations directly below a parent as they stood on a date, with how many children each had then. */
    List<OrganizationNode> childrenAsOf(long parentId, LocalDate asOf, Scope scope) {
        return jdbc.sql(NODES_AS_OF + " AND p.parent_id = :parent AND " + scope.covers("o.path") + NODE_ORDER)
                .param("parent", parentId)
                .param("asOf", asOf)
                .query(OrganizationNode.class)
                .list();
    }

    /** The top of the tree as it stood on a date: the roots for an administrator, the scope's roots otherwise. */
    List<OrganizationNode> topsAsOf(LocalDate asOf, Scope scope) {
        if (scope.unrestricted()) {
            return jdbc.sql(NODES_AS_OF + " AND p.parent_id IS NULL" + NODE_ORDER)
                    .param("asOf", asOf)
                    .query(OrganizationNode.class)
                    .list();
        }
        if (scope.roots().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(NODES_AS_OF + " AND o.id IN (:ids)" + NODE_ORDER)
                .param("ids", scope.roots())
                .param("asOf", asOf)
                .query(OrganizationNode.class)
                .list();
    }

    /** The whole tree inside the scope as it stood on a date, nested. */
    List<OrganizationTree> treeAsOf(LocalDate asOf, Scope scope) {
        var nodes = jdbc.sql(TREE_AS_OF + " AND " + scope.covers("o.path") + NODE_ORDER)
                .param("asOf", asOf)
                .query(OrganizationNode.class)
                .list();
        return OrganizationTree.of(nodes);
    }

    /** Every state the organization has had, oldest first, with the name its parent bore at the time. */
    List<OrganizationPeriod> of(long id, Scope scope) {
        organizations.get(id, scope);
        return jdbc.sql("""
                        SELECT p.valid_from, p.valid_to, p.name, p.code, p.level_label, p.parent_id,
                               (SELECT pp.name FROM organization_period pp
                                 WHERE pp.organization_id = p.parent_id AND pp.valid_from <= p.valid_from
                                   AND (pp.valid_to IS NULL OR pp.valid_to > p.valid_from)
                                 ORDER BY pp.id DESC LIMIT 1) AS parent_name,
                               p.path::text AS path, p.change_kind
                          FROM organization_period p JOIN organization o ON o.id = p.organization_id
                         WHERE p.organization_id = :id AND %s
                         ORDER BY p.valid_from, p.id
                        """.formatted(scope.covers("o.path")))
                .param("id", id)
                .query(OrganizationPeriod.class)
                .list();
    }
}

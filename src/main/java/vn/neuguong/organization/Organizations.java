package vn.neuguong.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;

/** The organizations, read always through a {@link Scope}; the tree's paths and history are kept here. */
@Repository
public class Organizations {

    static final String COLUMNS =
            "o.id, o.kind, o.level_label, o.name, o.code, o.address, o.parent_id, o.path::text AS path, "
                    + "o.established_on, o.closed_on, o.version";

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
    private final AuditLog audit;

    Organizations(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The organization if it exists and lies inside the scope; otherwise empty, whichever the reason. */
    public Optional<Organization> find(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.id = :id AND " + scope.covers("o.path"))
                .param("id", id)
                .params(scope.parameters())
                .query(Organization.class)
                .optional();
    }

    public Organization get(long id, Scope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("Organization", id));
    }

    /** The open children of an organization, in name order. */
    public List<Organization> children(long parentId, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM organization o WHERE o.parent_id = :parent AND o.closed_on IS NULL AND "
                        + scope.covers("o.path") + " ORDER BY o.kind DESC, o.name COLLATE vi_icu")
                .param("parent", parentId)
                .params(scope.parameters())
                .query(Organization.class)
                .list();
    }

    /** The organizations at the top of a scope: the tree's roots for an administrator, the scope roots otherwise. */
    public List<Organization> tops(Scope scope) {
        if (scope.unrestricted()) {
            return jdbc.sql("SELECT " + COLUMNS
                            + " FROM organization o WHERE o.parent_id IS NULL AND o.closed_on IS NULL "
                            + "ORDER BY o.name COLLATE vi_icu")
                    .query(Organization.class)
                    .list();
        }
        if (scope.roots().isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "SELECT " + COLUMNS
                                + " FROM organization o WHERE o.id IN (:ids) AND o.closed_on IS NULL ORDER BY o.name COLLATE vi_icu")
                .param("ids", scope.roots())
                .query(Organization.class)
                .list();
    }

    /**
     * The organization, locked for the rest of the transaction so that two structure changes to it run one after the
     * other; not found if it lies outside the scope.
     */
    Organization lock(long id, Scope scope) {
        lockTree();
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.id = :id AND " + scope.covers("o.path")
                        + " FOR UPDATE")
                .param("id", id)
                .params(scope.parameters())
                .query(Organization.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization", id));
    }

    /**
     * Serialises every change of the tree's shape until the transaction ends. Row locks are not enough: moving A under
     * B while B moves under A locks two different rows, both checks pass, and the tree gets a cycle; two opposite
     * merges lock the same rows in opposite orders and deadlock. Taken before any row lock, so it never waits
     * while holding one.
     */
    void lockTree() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('organization_tree'))")
                .query()
                .singleRow();
    }

    /** The organization that took over a closed one, if any. */
    public Optional<Organization> successor(Organization organization, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.id = "
                        + "(SELECT successor_id FROM organization WHERE id = :id) AND " + scope.covers("o.path"))
                .param("id", organization.id())
                .params(scope.parameters())
                .query(Organization.class)
                .optional();
    }

    /** A page of organizations matching the filter; as they stand now, or as they stood on {@code filter.asOf()}. */
    public OrganizationPage search(OrganizationFilter filter, Scope scope) {
        var where = new StringBuilder(scope.covers("o.path"));
        var params = new java.util.HashMap<String, Object>(scope.parameters());
        String from;
        String columns;
        if (filter.asOf() == null) {
            from = "organization o";
            columns = "o.id, o.kind, o.level_label, o.name, o.code, o.parent_id, o.path::text AS path";
            where.append(" AND o.closed_on IS NULL");
            if (filter.q() != null && !filter.q().isBlank()) {
                where.append(" AND o.search_text LIKE '%' || fold_vi(:q) || '%'");
                params.put("q", likeLiteral(filter.q().trim()));
            }
        } else {
            from = "organization_period p JOIN organization o ON o.id = p.organization_id";
            columns = "o.id, o.kind, p.level_label, p.name, p.code, p.parent_id, p.path::text AS path";
            where.append(" AND p.valid_from <= :asOf AND (p.valid_to IS NULL OR p.valid_to > :asOf)");
            params.put("asOf", filter.asOf());
            if (filter.q() != null && !filter.q().isBlank()) {
                where.append(" AND fold_vi(p.name || ' ' || p.code) LIKE '%' || fold_vi(:q) || '%'");
                params.put("q", likeLiteral(filter.q().trim()));
            }
        }
        String parentColumn = filter.asOf() == null ? "o.parent_id" : "p.parent_id";
        if (filter.parentId() != null) {
            where.append(" AND ").append(parentColumn).append(" = :parent");
            params.put("parent", filter.parentId());
        }
        if (filter.kind() != null) {
            where.append(" AND o.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        long total = jdbc.sql("SELECT count(*) FROM " + from + " WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        var items = jdbc.sql("SELECT " + columns + ", 0 AS child_count FROM " + from + " WHERE " + where + " ORDER BY "
                        + (filter.asOf() == null ? "o.path" : "p.path") + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(OrganizationNode.class)
                .list();
        return new OrganizationPage(items, filter.page(), filter.size(), total);
    }

    /** The text as a LIKE pattern that matches it literally, so "%" and "_" in a search are not wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The organizations directly below a parent as they stood on a date, with how many children each had then. */
    public List<OrganizationNode> childrenAsOf(long parentId, LocalDate asOf, Scope scope) {
        return jdbc.sql(NODES_AS_OF + " AND p.parent_id = :parent AND " + scope.covers("o.path") + NODE_ORDER)
                .param("parent", parentId)
                .param("asOf", asOf)
                .params(scope.parameters())
                .query(OrganizationNode.class)
                .list();
    }

    /** The top of the tree as it stood on a date: the roots for an administrator, the scope's roots otherwise. */
    public List<OrganizationNode> topsAsOf(LocalDate asOf, Scope scope) {
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
    public List<OrganizationTree> treeAsOf(LocalDate asOf, Scope scope) {
        var nodes = jdbc.sql(TREE_AS_OF + " AND " + scope.covers("o.path") + NODE_ORDER)
                .param("asOf", asOf)
                .params(scope.parameters())
                .query(OrganizationNode.class)
                .list();
        return OrganizationTree.of(nodes);
    }

    /** Every state the organization has had, oldest first, with the name its parent bore at the time. */
    public List<OrganizationPeriod> history(long id, Scope scope) {
        get(id, scope);
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
                .params(scope.parameters())
                .query(OrganizationPeriod.class)
                .list();
    }

    /** The members holding a position in the organization now, with their names. */
    public List<Officer> officers(long id, Scope scope) {
        get(id, scope);
        return jdbc.sql("""
                        SELECT m.id AS member_id, m.full_name, mp.title, mp.started_on
                          FROM member_position mp JOIN member m ON m.id = mp.member_id
                          JOIN organization o ON o.id = mp.organization_id
                         WHERE mp.organization_id = :id AND mp.ended_on IS NULL AND %s
                         ORDER BY CASE mp.title WHEN 'SECRETARY' THEN 0 WHEN 'STANDING_DEPUTY_SECRETARY' THEN 1
                                  WHEN 'DEPUTY_SECRETARY' THEN 2 WHEN 'STANDING_COMMITTEE_MEMBER' THEN 3
                                  WHEN 'COMMITTEE_MEMBER' THEN 4 ELSE 5 END, m.full_name
                        """.formatted(scope.covers("o.path")))
                .param("id", id)
                .params(scope.parameters())
                .query(Officer.class)
                .list();
    }

    /** How many active members the cells of the organization's subtree hold. */
    public long memberCount(long id, Scope scope) {
        var organization = get(id, scope);
        return jdbc.sql("""
                        SELECT count(*) FROM member m JOIN organization c ON c.id = m.cell_id
                         WHERE c.path <@ CAST(:path AS ltree) AND m.status = 'ACTIVE' AND %s
                        """.formatted(scope.covers("c.path")))
                .param("path", organization.path())
                .params(scope.parameters())
                .query(Long.class)
                .single();
    }

    /** The active members of a cell, for assigning them among the parts of a split. */
    public List<CellMember> cellMembers(long cellId, Scope scope) {
        get(cellId, scope);
        return jdbc.sql("SELECT m.id, m.full_name FROM member m JOIN organization c ON c.id = m.cell_id "
                        + "WHERE m.cell_id = :cell AND m.status = 'ACTIVE' AND " + scope.covers("c.path")
                        + " ORDER BY m.full_name COLLATE vi_icu")
                .param("cell", cellId)
                .params(scope.parameters())
                .query(CellMember.class)
                .list();
    }

    /** A member holding a position: {@code title} is the member_position title (SECRETARY, ...). */
    public record Officer(long memberId, String fullName, String title, LocalDate startedOn) {}

    /** A member of a cell, as the split form lists them. */
    public record CellMember(long id, String fullName) {}

    /** One state of an organization, valid from {@code validFrom} (inclusive) to {@code validTo} (exclusive). */
    public record OrganizationPeriod(
            LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo,
            String name,
            String code,
            String levelLabel,
            @Schema(nullable = true) Long parentId,
            @Schema(nullable = true) String parentName,
            String path,
            String changeKind) {}

    /** Filters of the organization list; {@code page} counts from 0. */
    public record OrganizationFilter(
            Long parentId, OrganizationKind kind, String q, LocalDate asOf, int page, int size) {}

    /** One page of organizations and how many match in all. */
    public record OrganizationPage(List<OrganizationNode> items, int page, int size, long total) {}

    /** The open organizations inside the scope that could take {@code organization} as a child: no cells, not its own subtree. */
    public List<Organization> possibleParents(Organization organization, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.closed_on IS NULL AND o.kind <> 'CELL' "
                        + "AND NOT o.path <@ CAST(:path AS ltree) AND " + scope.covers("o.path") + " ORDER BY o.path")
                .param("path", organization.path())
                .params(scope.parameters())
                .query(Organization.class)
                .list();
    }

    /** Finds an open organization by its name under a parent (or among the roots); for imports and demo data. */
    public Optional<Organization> findByName(Long parentId, String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.parent_id IS NOT DISTINCT FROM :parent "
                        + "AND o.name = :name AND o.closed_on IS NULL")
                .param("parent", parentId)
                .param("name", name)
                .query(Organization.class)
                .optional();
    }

    /** Creates an organization under a parent inside the scope (or a root, for an administrator). */
    @Transactional
    public Organization create(NewOrganization input, Scope scope) {
        input.validate();
        lockTree();
        String parentPath = null;
        if (input.parentId() != null) {
            var parent = find(input.parentId(), scope)
                    .orElseThrow(() -> new InvalidInputException("parentId", "organization.parent.notFound"));
            if (!parent.isOpen()) {
                throw new InvalidInputException("parentId", "organization.parent.closed");
            }
            if (parent.kind() == OrganizationKind.CELL) {
                throw new InvalidInputException("parentId", "organization.parent.isCell");
            }
            parentPath = parent.path();
        } else if (!scope.unrestricted()) {
            throw new InvalidInputException("parentId", "validation.required");
        }
        long id = jdbc.sql("""
                        INSERT INTO organization (kind, level_label, name, code, address, parent_id, path, established_on)
                        VALUES (:kind, :level, :name, :code, :address, :parent, ''::ltree, :established)
                        RETURNING id
                        """)
                .param("kind", input.kind().name())
                .param("level", input.levelLabel())
                .param("name", input.name())
                .param("code", input.code())
                .param("address", input.address())
                .param("parent", input.parentId())
                .param("established", input.establishedOn())
                .query(Long.class)
                .single();
        String path = parentPath == null ? Long.toString(id) : parentPath + "." + id;
        jdbc.sql("UPDATE organization SET path = CAST(:path AS ltree) WHERE id = :id")
                .param("path", path)
                .param("id", id)
                .update();
        jdbc.sql("""
                        INSERT INTO organization_period (organization_id, parent_id, path, name, code, level_label, valid_from, change_kind)
                        VALUES (:id, :parent, CAST(:path AS ltree), :name, :code, :level, :from, 'CREATE')
                        """)
                .param("id", id)
                .param("parent", input.parentId())
                .param("path", path)
                .param("name", input.name())
                .param("code", input.code())
                .param("level", input.levelLabel())
                .param("from", input.establishedOn())
                .update();
        var created = find(id, Scope.everything()).orElseThrow();
        audit.created("Organization", id, id, created);
        return created;
    }

    /** The input of a new organization. */
    public record NewOrganization(
            Long parentId,
            OrganizationKind kind,
            String levelLabel,
            String name,
            String code,
            String address,
            LocalDate establishedOn) {

        void validate() {
            var errors = new java.util.ArrayList<InvalidInputException.FieldError>();
            if (kind == null) {
                errors.add(new InvalidInputException.FieldError("kind", "validation.required"));
            }
            if (levelLabel == null || levelLabel.isBlank()) {
                errors.add(new InvalidInputException.FieldError("levelLabel", "validation.required"));
            }
            if (name == null || name.isBlank()) {
                errors.add(new InvalidInputException.FieldError("name", "validation.required"));
            } else if (name.length() > 300) {
                errors.add(new InvalidInputException.FieldError("name", "validation.tooLong"));
            }
            if (code == null || code.isBlank()) {
                errors.add(new InvalidInputException.FieldError("code", "validation.required"));
            } else if (!code.matches("[\\p{L}\\p{N}]{1,20}")) {
                errors.add(new InvalidInputException.FieldError("code", "organization.code.invalid"));
            }
            if (establishedOn == null) {
                errors.add(new InvalidInputException.FieldError("establishedOn", "validation.required"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}

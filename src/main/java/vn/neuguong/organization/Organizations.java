package vn.neuguong.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
                .query(Organization.class)
                .optional();
    }

    /**
     * The open organizations inside the scope that could take {@code organization} as a child: of a kind it may stand
     * under (no cells; a unit under a committee), not its own subtree.
     */
    public List<Organization> possibleParents(Organization organization, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.closed_on IS NULL AND o.kind IN (:kinds) "
                        + "AND NOT o.path <@ CAST(:path AS ltree) AND " + scope.covers("o.path") + " ORDER BY o.path")
                .param("kinds", organization.kind().parentKindNames())
                .param("path", organization.path())
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

    /** The open organization with exactly this name anywhere in the tree, the first by path if several; for demo data. */
    public Optional<Organization> findOpenNamed(String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.name = :name AND o.closed_on IS NULL"
                        + " ORDER BY o.path LIMIT 1")
                .param("name", name)
                .query(Organization.class)
                .optional();
    }

    /**
     * The organization that bore the name under the parent on the day, open or closed since: demo data about the
     * past finds the ward of 2022 even after a merge gave its name to a new one.
     */
    public Optional<Organization> findByNameOn(Long parentId, String name, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE EXISTS (SELECT 1 FROM organization_period p"
                        + " WHERE p.organization_id = o.id AND p.parent_id IS NOT DISTINCT FROM :parent"
                        + " AND p.name = :name AND p.valid_from <= :day AND (p.valid_to IS NULL OR p.valid_to > :day))")
                .param("parent", parentId)
                .param("name", name)
                .param("day", day)
                .query(Organization.class)
                .optional();
    }

    /** Creates an organization under a parent inside the scope (or a root, for an administrator). */
    @Transactional
    public Organization create(NewOrganization input, Scope scope) {
        lockTree();
        String parentPath = null;
        if (input.parentId() != null) {
            var parent = find(input.parentId(), scope)
                    .orElseThrow(() -> new InvalidInputException("parentId", "organization.parent.notFound"));
            if (!parent.isOpen()) {
                throw new InvalidInputException("parentId", "organization.parent.closed");
            }
            String refusal = input.kind().refusalUnder(parent.kind());
            if (refusal != null) {
                throw new InvalidInputException("parentId", refusal);
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
                .param("level", input.levelLabel().trim())
                .param("name", input.name().trim())
                .param("code", input.code().trim())
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
                .param("name", input.name().trim())
                .param("code", input.code().trim())
                .param("level", input.levelLabel().trim())
                .param("from", input.establishedOn())
                .update();
        var created = find(id, Scope.everything()).orElseThrow();
        audit.created("Organization", id, id, created);
        return created;
    }

    /** The input of a new organization; {@code parentId} may be null only for an administrator (a new root). */
    public record NewOrganization(
            Long parentId,
            @NotNull(message = "validation.required") OrganizationKind kind,

            @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.tooLong")
            String levelLabel,

            @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong")
            String name,

            @NotBlank(message = "validation.required")
            @Pattern(regexp = Organization.CODE, message = "organization.code.invalid")
            String code,

            @Size(max = 500, message = "validation.tooLong") String address,
            @NotNull(message = "validation.required") LocalDate establishedOn) {}
}

package vn.neuguong.organization;

import java.util.List;
import java.util.stream.Collectors;
import vn.neuguong.shared.Actor;

/**
 * The part of the organization tree an actor may read and change, rendered as SQL so that every query filters
 * in the database. Roots are organization ids; their paths are looked up in the same statement, so a move of a
 * subtree changes what the scope covers at once.
 *
 * <p>A condition carries its roots itself (ids written as numbers into the SQL, never text from a request), so a
 * query has nothing of the scope's to bind and no call can forget it:
 *
 * <pre>
 * SELECT ... FROM organization o WHERE o.id = :id AND ${scope.covers("o.path")}
 * </pre>
 */
public record Scope(boolean unrestricted, List<Long> roots) {

    public Scope {
        roots = List.copyOf(roots);
    }

    public static Scope of(Actor actor) {
        return actor.isAdmin() ? new Scope(true, List.of()) : new Scope(false, actor.scopeRoots());
    }

    public static Scope everything() {
        return new Scope(true, List.of());
    }

    public static Scope below(long organizationId) {
        return new Scope(false, List.of(organizationId));
    }

    /**
     * A SQL condition, true when the organization whose ltree path is {@code pathColumn} lies inside the scope: below
     * a root, or below an organization merged (or split) into a root, or into one of those, and so on. A successor
     * covers its predecessors' history, so the staff of a ward formed by a merge read the boards and documents of the
     * wards it replaced; those hold nothing open any more (their children and members moved to the successor), and a
     * sibling's predecessors stay outside. Paths read on a past day ({@link TreeSql#pathAsOf}) are covered alike.
     */
    public String covers(String pathColumn) {
        if (unrestricted) {
            return "TRUE";
        }
        if (roots.isEmpty()) {
            return "FALSE";
        }
        // the walk carries ids only: ltree has no hash support before PostgreSQL 16, which a recursive UNION needs.
        // The reach is matched as lqueries ("1.5.77.*": the root and everything below it) with ?, which the GiST
        // index on the path serves; <@ against an array of paths is not an indexable form and scanned whole tables.
        // "??" is the JDBC escape of the operator ? (the driver turns it into ?; Spring's parser leaves it alone).
        return pathColumn + " ?? ARRAY(WITH RECURSIVE scope_reach (id) AS (SELECT scope_start.id FROM organization"
                + " scope_start WHERE scope_start.id IN (" + rootList()
                + ") UNION SELECT scope_pre.id FROM organization"
                + " scope_pre JOIN scope_reach ON scope_pre.successor_id = scope_reach.id) SELECT CAST(CAST("
                + "scope_root.path AS text) || '.*' AS lquery) FROM organization scope_root WHERE scope_root.id IN"
                + " (SELECT id FROM scope_reach))";
    }

    /**
     * A SQL condition, true when the organization whose id is in {@code idColumn} lies inside the scope: for modules
     * that hold an organization id and must not name the organization table themselves.
     */
    public String coversOrganization(String idColumn) {
        if (unrestricted) {
            return "TRUE";
        }
        if (roots.isEmpty()) {
            return "FALSE";
        }
        // the organizations of the scope first (through the path's index), as an array, then the rows that name one
        // of them: unnested, the planner counts on a few organizations and reaches a big table (members, documents)
        // through its index on the organization, where a plain IN let it walk a whole table in another index's order
        return idColumn + " IN (SELECT unnest(ARRAY(" + organizations() + ")))";
    }

    /**
     * A SQL query of the ids of the scope's organizations, for a statement that needs them as a
     * value: an array bound as a constant tells the planner how many there are.
     */
    public String organizations() {
        return "SELECT scope_x.id FROM organization scope_x WHERE " + covers("scope_x.path");
    }

    /**
     * A SQL condition, true when the organization in {@code idColumn} lies inside the scope or above its top (an
     * issuer of documents the scope receives, a parent whose plan the scope answers).
     */
    public String coversOrAbove(String idColumn) {
        if (unrestricted) {
            return "TRUE";
        }
        if (roots.isEmpty()) {
            return "FALSE";
        }
        return "EXISTS (SELECT 1 FROM organization scope_x WHERE scope_x.id = " + idColumn + " AND ("
                + covers("scope_x.path")
                + " OR scope_x.path @> ANY (ARRAY(SELECT scope_top.path FROM organization scope_top WHERE scope_top.id"
                + " IN (" + rootList() + ")))))";
    }

    /**
     * A SQL query of the ids of the organizations {@link #coversOrAbove} is true for,
     * for a list that reaches a big table from them (through its index on the organization) rather than testing
     * each row: {@code x IN (SELECT unnest(ARRAY(...)))}, as {@link #coversOrganization} does.
     */
    public String organizationsOrAbove() {
        if (roots.isEmpty()) {
            return organizations();
        }
        return "SELECT scope_x.id FROM organization scope_x WHERE " + covers("scope_x.path")
                + " OR scope_x.path @> ANY (ARRAY(SELECT scope_top.path FROM organization scope_top WHERE scope_top.id"
                + " IN (" + rootList() + ")))";
    }

    /**
     * A SQL condition, true when the organization id in {@code idColumn} is one of the scope's roots themselves (not
     * below them); false for an unrestricted scope, which has none.
     */
    public String isRoot(String idColumn) {
        return roots.isEmpty() ? "FALSE" : idColumn + " IN (" + rootList() + ")";
    }

    /** The roots as SQL numbers: longs only, so nothing a request sent can reach the statement's text. */
    private String rootList() {
        return roots.stream().map(root -> Long.toString(root)).collect(Collectors.joining(", "));
    }
}

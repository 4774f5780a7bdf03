package vn.neuguong.organization;

/**
 * The SQL other modules use to filter and group their rows by the organization tree, so that no module but this one
 * names the {@code organization} table (docs/DESIGN.md, "Module seams"). Each method returns a condition or an
 * expression over a column holding an organization id; the caller binds the parameters the method names. Scope
 * conditions come from {@link Scope#coversOrganization(String)}.
 */
public final class TreeSql {

    private TreeSql() {}

    /** True when the organization in {@code idColumn} is {@code rootExpression} or lies below it. */
    public static String within(String idColumn, String rootExpression) {
        return "EXISTS (SELECT 1 FROM organization tree_x, organization tree_root WHERE tree_x.id = " + idColumn
                + " AND tree_root.id = " + rootExpression + " AND tree_x.path <@ tree_root.path)";
    }

    /** True when the organization in {@code idColumn} is {@code belowExpression} or one of its ancestors. */
    public static String above(String idColumn, String belowExpression) {
        return "EXISTS (SELECT 1 FROM organization tree_x, organization tree_below WHERE tree_x.id = " + idColumn
                + " AND tree_below.id = " + belowExpression + " AND tree_x.path @> tree_below.path)";
    }

    /** The organization's ltree path (ids from the top), for ordering a list the way the tree reads. */
    public static String path(String idColumn) {
        return "(SELECT tree_p.path FROM organization tree_p WHERE tree_p.id = " + idColumn + ")";
    }

    /** The organization's name as people write it ("Đảng ủy phường Văn Miếu"), for a list or a sort. */
    public static String name(String idColumn) {
        return "(SELECT tree_n.name FROM organization tree_n WHERE tree_n.id = " + idColumn + ")";
    }

    /** The organization's label with its parent where names repeat, as the pickers show it. */
    public static String label(String idColumn) {
        return "organization_label(" + idColumn + ")";
    }

    /**
     * The id of the child of {@code rootExpression} on the way down to the organization in {@code idColumn} (null
     * when that organization is the root itself or not below it): what a roll-up groups by.
     */
    public static String childOf(String rootExpression, String idColumn) {
        return "(SELECT CAST(subpath(tree_c.path, nlevel(tree_r.path), 1)::text AS bigint) FROM organization tree_c,"
                + " organization tree_r WHERE tree_c.id = " + idColumn + " AND tree_r.id = " + rootExpression
                + " AND tree_c.path <@ tree_r.path AND tree_c.id <> tree_r.id)";
    }

    /** The organization's kind ({@code COMMITTEE}, {@code CELL}, ...), as the enum's name. */
    public static String kind(String idColumn) {
        return "(SELECT tree_k.kind FROM organization tree_k WHERE tree_k.id = " + idColumn + ")";
    }

    /** True when the organization in {@code idColumn} has children, open or closed. */
    public static String hasChildren(String idColumn) {
        return "EXISTS (SELECT 1 FROM organization tree_h WHERE tree_h.parent_id = " + idColumn + ")";
    }

    /**
     * A table of the organizations in the subtree whose top has the ltree path {@code topPathExpression} (a bound
     * parameter such as {@code CAST(:nodePath AS ltree)}, or {@link #path(String)} of an id column of an outer row,
     * then joined {@code LATERAL}), for a set-based roll-up in one statement. Give it an alias; its columns:
     * {@code id}, {@code name}, {@code kind}, {@code path} (ltree: for ordering, and for {@link Scope#covers(String)}),
     * {@code open} (not closed), {@code depth} (0 at the top) and {@code child_id} (the child of the top the
     * organization lies under, null for the top itself: what a roll-up groups by).
     */
    public static String subtree(String topPathExpression) {
        return "(SELECT tree_s.id, tree_s.name, tree_s.kind, tree_s.path, tree_s.closed_on IS NULL AS open,"
                + " nlevel(tree_s.path) - nlevel(" + topPathExpression + ") AS depth,"
                + " CASE WHEN nlevel(tree_s.path) = nlevel(" + topPathExpression + ") THEN NULL"
                + " ELSE CAST(subpath(tree_s.path, nlevel(" + topPathExpression
                + "), 1)::text AS bigint) END AS child_id"
                + " FROM organization tree_s WHERE tree_s.path <@ " + topPathExpression + ")";
    }

    /**
     * A table of every organization as other modules may read it, for a picker or a lookup in a statement of their
     * own. Give it an alias; its columns: {@code id}, {@code parent_id}, {@code name}, {@code kind}, {@code path}
     * (ltree: for ordering, and for {@link Scope#covers(String)}) and {@code open} (not closed).
     */
    public static String organizations() {
        return "(SELECT tree_o.id, tree_o.parent_id, tree_o.name, tree_o.kind, tree_o.path,"
                + " tree_o.closed_on IS NULL AS open FROM organization tree_o)";
    }

    /** True when the organization in {@code idColumn} is open (not closed by a merge, a split or a dissolution). */
    public static String open(String idColumn) {
        return "EXISTS (SELECT 1 FROM organization tree_open WHERE tree_open.id = " + idColumn
                + " AND tree_open.closed_on IS NULL)";
    }
}

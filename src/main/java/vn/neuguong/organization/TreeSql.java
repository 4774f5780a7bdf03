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

    /** The organization's kind ({@code COMMITTEE}, {@code CELL}, ...); null when there is no such organization. */
    public static String kind(String idExpression) {
        return "(SELECT tree_k.kind FROM organization tree_k WHERE tree_k.id = " + idExpression + ")";
    }

    /**
     * The ids of the open organizations that are cells when {@code cellsExpression} is true, the others when false:
     * a subquery for {@code IN (...)}, e.g. for a picker.
     */
    public static String openIds(String cellsExpression) {
        return "SELECT tree_o.id FROM organization tree_o WHERE tree_o.closed_on IS NULL AND (tree_o.kind = 'CELL') = "
                + cellsExpression;
    }

    /**
     * The id of the open organization named exactly {@code nameExpression} under the organization {@code
     * parentExpression} (anywhere in the tree when it is null): a scalar subquery, for demo data and imports.
     */
    public static String openNamed(String nameExpression, String parentExpression) {
        return "(SELECT tree_f.id FROM organization tree_f WHERE tree_f.name = " + nameExpression
                + " AND tree_f.closed_on IS NULL AND (" + parentExpression + " IS NULL OR tree_f.parent_id = "
                + parentExpression + "))";
    }

    /**
     * The open organizations as a row source named {@code alias}, with the columns {@code id, kind, name, parent_id,
     * path}: what a picker of another module lists, filtered with {@link Scope#covers(String)} on {@code
     * alias.path}.
     */
    public static String open(String alias) {
        return "(SELECT tree_o.id, tree_o.kind, tree_o.name, tree_o.parent_id, tree_o.path FROM organization tree_o"
                + " WHERE tree_o.closed_on IS NULL) " + alias;
    }

    /**
     * A SQL query of the ids a filter lists before its picker searches for the rest by name: the first {@code limit}
     * open organizations in tree order for which {@code condition} holds (over the alias {@code c}: its id, kind and
     * path), and the chosen ones (the parameter {@code chosenParameter}: one id, or a non-empty list of ids for a
     * form's multi-select) where it holds for them too, so a province's 9,000 organizations or the country's 300,000
     * never fill a page.
     */
    public static String filterChoices(String condition, int limit, String chosenParameter) {
        return "SELECT c.id FROM (SELECT c.id FROM organization c WHERE c.closed_on IS NULL AND " + condition
                + " ORDER BY c.path LIMIT " + limit + ") c UNION SELECT c.id FROM organization c WHERE c.id IN (:"
                + chosenParameter + ") AND c.closed_on IS NULL AND " + condition;
    }

    /**
     * A SQL condition, true when the name or code of the organization in {@code idColumn} contains the text of the
     * parameter {@code textParameter}, diacritics and case ignored ("van mieu" finds "Văn Miếu"), through the
     * name's trigram index.
     */
    public static String nameMatches(String idColumn, String textParameter) {
        return idColumn + " IN (SELECT tree_m.id FROM organization tree_m WHERE tree_m.search_text LIKE '%' ||"
                + " fold_vi(:" + textParameter + ") || '%')";
    }

    /** The names of the organization in {@code idColumn} and of its ancestors, from the top, joined by " / ". */
    public static String pathNames(String idColumn) {
        return "(SELECT string_agg(tree_a.name, ' / ' ORDER BY nlevel(tree_a.path)) FROM organization tree_a,"
                + " organization tree_s WHERE tree_s.id = " + idColumn + " AND tree_a.path @> tree_s.path)";
    }

    /** The ids of the organization {@code rootExpression} and of every organization below it, for {@code IN}. */
    public static String subtreeIds(String rootExpression) {
        return "(SELECT tree_s.id FROM organization tree_s WHERE tree_s.path <@ (SELECT tree_sr.path FROM organization"
                + " tree_sr WHERE tree_sr.id = " + rootExpression + "))";
    }

    /** The ordinal of the congress that opened the committee term in {@code termIdColumn} (28 for Đại hội XXVIII). */
    public static String termOrdinal(String termIdColumn) {
        return "(SELECT tree_t.ordinal FROM organization_term tree_t WHERE tree_t.id = " + termIdColumn + ")";
    }

    /**
     * True when the day {@code dayExpression} falls in the committee term in {@code termIdColumn}; counted from the
     * first day of its congress instead of the day after it closed when {@code fromCongressExpression} is true (the
     * congress's own documents).
     */
    public static String termIncludes(String termIdColumn, String dayExpression, String fromCongressExpression) {
        return "EXISTS (SELECT 1 FROM organization_term_span tree_ts WHERE tree_ts.id = " + termIdColumn + " AND "
                + dayExpression + " >= CASE WHEN " + fromCongressExpression
                + " THEN tree_ts.congress_opened_on ELSE tree_ts.starts_on END"
                + " AND (tree_ts.ends_on IS NULL OR " + dayExpression + " <= tree_ts.ends_on))";
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
     * organization lies under, null for the top itself: what a roll-up groups by). The child is worked out only for
     * a row under the top: the planner may test a condition on {@code child_id} before the subtree's own filter, and
     * {@code subpath} of a row outside it fails ("invalid positions", seen on a server's plan).
     */
    public static String subtree(String topPathExpression) {
        return "(SELECT tree_s.id, tree_s.name, tree_s.kind, tree_s.path, tree_s.closed_on IS NULL AS open,"
                + " nlevel(tree_s.path) - nlevel(" + topPathExpression + ") AS depth,"
                + " CASE WHEN tree_s.path <@ " + topPathExpression + " AND nlevel(tree_s.path) > nlevel("
                + topPathExpression + ") THEN CAST(subpath(tree_s.path, nlevel(" + topPathExpression
                + "), 1)::text AS bigint) END AS child_id"
                + " FROM organization tree_s WHERE tree_s.path <@ " + topPathExpression + ")";
    }

    /**
     * The same table as {@link #subtree(String)} with the tree as it stood on the day {@code dayExpression}, read from
     * the organizations' periods: {@code topPathExpression} is the top's path on that day ({@link #pathAsOf}), and each
     * organization lies where it stood then, under the parent and with the name it had (a cell moved on a date is
     * under its old parent the day before and under the new one on the day). An organization closed before the day
     * lies where it stood on its last day, one established after it where it stood on its first; {@code open} says
     * whether it existed on the day. Its columns: {@code id, name, kind, path, open, depth, child_id}.
     */
    public static String subtreeAsOf(String topPathExpression, String dayExpression) {
        return "(SELECT tree_sa.organization_id AS id, tree_sa.name, tree_sao.kind, tree_sa.path, "
                + existed("tree_sao", dayExpression) + " AS open,"
                + " nlevel(tree_sa.path) - nlevel(" + topPathExpression + ") AS depth,"
                + " CASE WHEN tree_sa.path <@ " + topPathExpression + " AND nlevel(tree_sa.path) > nlevel("
                + topPathExpression + ") THEN CAST(subpath(tree_sa.path, nlevel(" + topPathExpression
                + "), 1)::text AS bigint) END AS child_id"
                + " FROM organization_period tree_sa JOIN organization tree_sao ON tree_sao.id = tree_sa.organization_id"
                + " WHERE tree_sa.path <@ " + topPathExpression + " AND "
                + inForce("tree_sa", "tree_sao", dayExpression) + ")";
    }

    /**
     * True when an organization that lies or lay in the subtree whose top has the path {@code topPathExpression} got
     * a period (a move, a rename) that began after the day {@code dayExpression} and after its establishment: there,
     * the tree {@link #subtreeAsOf} reads for that day may differ from the tree of its last days. False proves them
     * the same, so a roll-up kept by today's tree answers for that day exactly.
     */
    public static String changedAfter(String topPathExpression, String dayExpression) {
        return "EXISTS (SELECT 1 FROM organization_period tree_cp JOIN organization tree_co ON tree_co.id ="
                + " tree_cp.organization_id WHERE tree_cp.valid_from > CAST(" + dayExpression + " AS date)"
                + " AND tree_cp.valid_from > tree_co.established_on AND EXISTS (SELECT 1 FROM organization_period"
                + " tree_cq WHERE tree_cq.organization_id = tree_co.id AND tree_cq.path <@ " + topPathExpression
                + "))";
    }

    /** The ltree path of the organization in {@code idColumn} on the day, placed as {@link #subtreeAsOf} places it. */
    public static String pathAsOf(String idColumn, String dayExpression) {
        return periodColumnAsOf("path", idColumn, dayExpression);
    }

    /** The name the organization in {@code idColumn} bore on the day, as {@link #subtreeAsOf} reads it. */
    public static String nameAsOf(String idColumn, String dayExpression) {
        return periodColumnAsOf("name", idColumn, dayExpression);
    }

    /** True when the organization in {@code idColumn} had children on the day (its own day, as {@link #pathAsOf}). */
    public static String hasChildrenAsOf(String idColumn, String dayExpression) {
        return "EXISTS (SELECT 1 FROM organization tree_hp, organization_period tree_hc WHERE tree_hp.id = " + idColumn
                + " AND tree_hc.parent_id = tree_hp.id AND "
                + inForce("tree_hc", "tree_hp", dayExpression) + ")";
    }

    private static String periodColumnAsOf(String column, String idColumn, String dayExpression) {
        return "(SELECT tree_pa." + column + " FROM organization_period tree_pa JOIN organization tree_pao"
                + " ON tree_pao.id = tree_pa.organization_id WHERE tree_pa.organization_id = " + idColumn + " AND "
                + inForce("tree_pa", "tree_pao", dayExpression) + " ORDER BY tree_pa.id DESC LIMIT 1)";
    }

    /**
     * True when the period {@code period} is in force on the day, the day held within the life of the organization
     * {@code organization} (from its establishment to its last day), so that every organization has one period.
     */
    private static String inForce(String period, String organization, String dayExpression) {
        String day = "GREATEST(" + organization + ".established_on, LEAST(CAST(" + dayExpression + " AS date), "
                + organization + ".closed_on - 1))";
        return period + ".valid_from <= " + day + " AND (" + period + ".valid_to IS NULL OR " + period + ".valid_to > "
                + day + ")";
    }

    private static String existed(String organization, String dayExpression) {
        return "(" + organization + ".established_on <= CAST(" + dayExpression + " AS date) AND (" + organization
                + ".closed_on IS NULL OR " + organization + ".closed_on > CAST(" + dayExpression + " AS date)))";
    }

    /**
     * A table of every organization, closed ones too, as other modules may read it, for a picker, a lookup or the
     * issuers and recipients a form offers, in a statement of their own. Give it an alias; its columns: {@code id},
     * {@code parent_id}, {@code name}, {@code code}, {@code kind}, {@code path} (ltree: for ordering, and for
     * {@link Scope#covers(String)}), {@code depth} (1 at a root), {@code closed_on} and {@code open} (not closed).
     */
    public static String organizations() {
        return "(SELECT tree_v.id, tree_v.parent_id, tree_v.name, tree_v.code, tree_v.kind, tree_v.path,"
                + " nlevel(tree_v.path) AS depth, tree_v.closed_on, tree_v.closed_on IS NULL AS open"
                + " FROM organization tree_v)";
    }

    /** True when the organization in {@code idColumn} is open (not closed by a merge, a split or a dissolution). */
    public static String isOpen(String idColumn) {
        return "EXISTS (SELECT 1 FROM organization tree_open WHERE tree_open.id = " + idColumn
                + " AND tree_open.closed_on IS NULL)";
    }

    /** True when the organization kind in {@code kindColumn} is one of the party's own (not a unit it leads). */
    public static String partyKind(String kindColumn) {
        return kindColumn + " IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL', 'DEPARTMENT')";
    }

    /**
     * The id of the committee nearest above the organization in {@code idColumn} (a committee or a grassroots
     * committee, its parent for a cell under a ward), null at a root: the committee that oversees a cell.
     */
    public static String nearestCommittee(String idColumn) {
        return "(SELECT tree_nc.id FROM organization tree_nc, organization tree_ns WHERE tree_ns.id = " + idColumn
                + " AND tree_nc.path @> tree_ns.path AND tree_nc.id <> tree_ns.id"
                + " AND tree_nc.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE') ORDER BY nlevel(tree_nc.path) DESC LIMIT 1)";
    }
    /**
     * The ids of the organization {@code idExpression} and of every organization merged or split into it, at every
     * step back (their history is its history): a subquery for {@code IN}.
     */
    public static String selfAndPredecessorIds(String idExpression) {
        return "(WITH RECURSIVE tree_pre(id) AS (SELECT CAST(" + idExpression + " AS bigint) UNION SELECT tree_pp.id"
                + " FROM organization tree_pp JOIN tree_pre ON tree_pp.successor_id = tree_pre.id) SELECT id FROM tree_pre)";
    }

    /** The id of the organization the one in {@code idColumn} was merged or split into, or NULL. */
    public static String successor(String idColumn) {
        return "(SELECT tree_su.successor_id FROM organization tree_su WHERE tree_su.id = " + idColumn + ")";
    }
}

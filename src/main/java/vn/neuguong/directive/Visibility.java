package vn.neuguong.directive;

import java.util.HashMap;
import java.util.Map;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;

/**
 * Which documents someone may read, as SQL. Directives come down the tree, so besides documents issued in the scope
 * or sent to organizations in it, one reads what the ancestors of one's organizations issued. A document registered
 * from outside belongs to the organization that registered it: it is read in that organization's scope and by the
 * recipients it was sent on to, nowhere else. A member also reads what was sent to the cell he belongs to or to any
 * committee above it.
 */
record Visibility(Scope scope, Long memberId) {

    /** The cell of the reading member, bound as {@code :visibleMember}. */
    private static final String MEMBER_CELL = MemberSql.cellOf(":visibleMember");

    static Visibility of(Actor actor) {
        return new Visibility(Scope.of(actor), actor.memberId());
    }

    static Visibility of(Scope scope) {
        return new Visibility(scope, null);
    }

    /** A condition on the document whose alias is {@code d}. */
    String sql(String d) {
        if (scope.unrestricted()) {
            return "TRUE";
        }
        var sql = new StringBuilder("(FALSE");
        if (!scope.roots().isEmpty()) {
            sql.append(" OR (").append(d).append(".issuer_id IS NULL AND ");
            sql.append(scope.coversOrganization(d + ".registered_by_id")).append(")");
            sql.append(" OR ").append(scope.coversOrAbove(d + ".issuer_id"));
            sql.append(" OR EXISTS (SELECT 1 FROM document_recipient vd WHERE vd.document_id = ")
                    .append(d)
                    .append(".id AND ")
                    .append(scope.coversOrganization("vd.organization_id"))
                    .append(")");
        }
        if (memberId != null) {
            sql.append(" OR ").append(TreeSql.above(d + ".issuer_id", MEMBER_CELL));
            sql.append(" OR EXISTS (SELECT 1 FROM document_recipient vm WHERE vm.document_id = ")
                    .append(d)
                    .append(".id AND ")
                    .append(TreeSql.above("vm.organization_id", MEMBER_CELL))
                    .append(")");
        }
        return sql.append(")").toString();
    }

    /**
     * The same documents as {@link #sql}, for a list: their ids gathered from the indexes that lead to them (registered
     * in the scope, issued in or above it, sent into it), where the OR of those conditions read every document of the
     * country for each list (a ward's first page 1.5 s at 300,000 documents, 17 ms so). A single document is checked
     * with {@link #sql}, which does not gather a scope's documents.
     */
    String listed(String d) {
        if (scope.unrestricted()) {
            return "TRUE";
        }
        var ids = new java.util.ArrayList<String>();
        if (!scope.roots().isEmpty()) {
            ids.add("SELECT vr.id FROM document vr WHERE vr.issuer_id IS NULL AND "
                    + scope.coversOrganization("vr.registered_by_id"));
            ids.add("SELECT vi.id FROM document vi WHERE vi.issuer_id IN (SELECT unnest(ARRAY("
                    + scope.organizationsOrAbove() + ")))");
            ids.add("SELECT vd.document_id FROM document_recipient vd WHERE "
                    + scope.coversOrganization("vd.organization_id"));
        }
        if (memberId != null) {
            // the member's cell and the committees above it, a handful, first
            String above = "SELECT unnest(ARRAY(SELECT ta.id FROM " + TreeSql.organizations() + " ta WHERE "
                    + TreeSql.above("ta.id", MEMBER_CELL) + "))";
            ids.add("SELECT vm.id FROM document vm WHERE vm.issuer_id IN (" + above + ")");
            ids.add("SELECT vn.document_id FROM document_recipient vn WHERE vn.organization_id IN (" + above + ")");
        }
        return ids.isEmpty() ? "FALSE" : d + ".id IN (" + String.join(" UNION ", ids) + ")";
    }

    /** A condition on the organization whose id is in {@code idColumn}: its inbox is readable. */
    String inboxSql(String idColumn) {
        if (scope.unrestricted()) {
            return "TRUE";
        }
        var sql = new StringBuilder("(").append(scope.coversOrganization(idColumn));
        if (memberId != null) {
            sql.append(" OR ").append(TreeSql.above(idColumn, MEMBER_CELL));
        }
        return sql.append(")").toString();
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        if (memberId != null && !scope.unrestricted()) {
            parameters.put("visibleMember", memberId);
        }
        return parameters;
    }
}

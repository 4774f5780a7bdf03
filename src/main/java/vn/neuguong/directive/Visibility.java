package vn.neuguong.directive;

import java.util.HashMap;
import java.util.Map;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;

/**
 * Which documents someone may read, as SQL. Directives come down the tree, so besides documents issued in the scope
 * or sent to organizations in it, one reads what the ancestors of one's organizations issued. A document registered
 * from outside belongs to the organization that registered it: it is read in that organization's scope and by the
 * recipients it was sent on to, nowhere else. A member also reads what was sent to the cell he belongs to or to any
 * committee above it.
 */
record Visibility(Scope scope, Long memberId) {

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
            sql.append(" OR (")
                    .append(d)
                    .append(".issuer_id IS NULL AND EXISTS (SELECT 1 FROM organization vx WHERE vx.id = ")
                    .append(d)
                    .append(".registered_by_id AND ")
                    .append(scope.covers("vx.path"))
                    .append("))");
            sql.append(" OR EXISTS (SELECT 1 FROM organization vi WHERE vi.id = ")
                    .append(d)
                    .append(".issuer_id AND (")
                    .append(scope.covers("vi.path"))
                    .append(" OR vi.path @> ARRAY(SELECT vr.path FROM organization vr WHERE vr.id IN (:")
                    .append(Scope.PARAMETER)
                    .append("))))");
            sql.append(
                            " OR EXISTS (SELECT 1 FROM document_recipient vd JOIN organization vo ON vo.id = vd.organization_id"
                                    + " WHERE vd.document_id = ")
                    .append(d)
                    .append(".id AND ")
                    .append(scope.covers("vo.path"))
                    .append(")");
        }
        if (memberId != null) {
            sql.append(" OR EXISTS (SELECT 1 FROM member vm JOIN organization vc ON vc.id = vm.cell_id"
                            + " JOIN organization vo ON vo.path @> vc.path WHERE vm.id = :visibleMember AND (vo.id = ")
                    .append(d)
                    .append(".issuer_id OR EXISTS (SELECT 1 FROM document_recipient vd WHERE vd.document_id = ")
                    .append(d)
                    .append(".id AND vd.organization_id = vo.id)))");
        }
        return sql.append(")").toString();
    }

    /** A condition on the organization whose alias is {@code o}: its inbox is readable. */
    String inboxSql(String o) {
        if (scope.unrestricted()) {
            return "TRUE";
        }
        var sql = new StringBuilder("(").append(scope.covers(o + ".path"));
        if (memberId != null) {
            sql.append(" OR EXISTS (SELECT 1 FROM member vm JOIN organization vc ON vc.id = vm.cell_id"
                            + " WHERE vm.id = :visibleMember AND ")
                    .append(o)
                    .append(".path @> vc.path)");
        }
        return sql.append(")").toString();
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>(scope.parameters());
        if (memberId != null && !scope.unrestricted()) {
            parameters.put("visibleMember", memberId);
        }
        return parameters;
    }
}

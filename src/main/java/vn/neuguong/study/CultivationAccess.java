package vn.neuguong.study;

import java.util.HashMap;
import java.util.Map;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;

/**
 * Who may read a self-cultivation plan {@code p} with its comments, as SQL: its leader, the members of its
 * organization (active in a cell of it, or of the organization it was merged into), and staff whose scope covers it.
 * Anything else is answered as missing. The public page reads the published versions without this.
 */
record CultivationAccess(Scope scope, Long self) {

    static CultivationAccess of(Actor actor) {
        return new CultivationAccess(Scope.of(actor), actor.memberId());
    }

    /** True when the member in {@code memberExpression} is a member of the plan's organization. */
    static String memberOfOrganization(String memberExpression) {
        return "(" + MemberSql.isActiveWithin(memberExpression, "p.organization_id") + " OR "
                + MemberSql.isActiveWithin(
                        memberExpression, "coalesce(" + TreeSql.successor("p.organization_id") + ", p.organization_id)")
                + ")";
    }

    String readable() {
        String covered = scope.coversOrganization("p.organization_id");
        return self == null
                ? covered
                : "(" + covered + " OR p.leader_member_id = :self OR " + memberOfOrganization(":self") + ")";
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        parameters.put("self", self == null ? 0L : self);
        return parameters;
    }
}

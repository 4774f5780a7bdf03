package vn.neuguong.member;

import java.util.HashMap;
import java.util.Map;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;

/**
 * Which members an actor may read, as SQL: staff read the subtree of their organization, a secretary their cell
 * (both through {@link Scope}), and every member reads their own record. Changes need the scope; one's own record
 * alone does not allow them.
 */
record MemberAccess(Scope scope, Long self) {

    static MemberAccess of(Actor actor) {
        return new MemberAccess(Scope.of(actor), actor.memberId());
    }

    /** True for rows the actor may read; {@code m} is the member. */
    String readable() {
        String covered = writable();
        return self == null ? covered : "(" + covered + " OR m.id = :selfMemberId)";
    }

    /** True for rows the actor may change. */
    String writable() {
        return scope.coversOrganization("m.cell_id");
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        if (self != null) {
            parameters.put("selfMemberId", self);
        }
        return parameters;
    }
}

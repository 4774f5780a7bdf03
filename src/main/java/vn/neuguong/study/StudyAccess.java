package vn.neuguong.study;

import java.util.HashMap;
import java.util.Map;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;

/**
 * Which study files an actor may read, as SQL on a file {@code f}: a member their own, a secretary those of the
 * members of their cell, staff those of the members of their scope (the member's cell now: a file follows its
 * member). Anything else is answered as missing.
 */
record StudyAccess(Scope scope, Long self) {

    static final String CURRENT_CELL = MemberSql.cellOf("f.member_id");

    static StudyAccess of(Actor actor) {
        return new StudyAccess(Scope.of(actor), actor.memberId());
    }

    String readable() {
        String covered = scope.coversOrganization(CURRENT_CELL);
        return self == null ? covered : "(" + covered + " OR f.member_id = :selfMemberId)";
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>(scope.parameters());
        if (self != null) {
            parameters.put("selfMemberId", self);
        }
        return parameters;
    }
}

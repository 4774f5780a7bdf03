package vn.neuguong.study;

import java.util.HashMap;
import java.util.Map;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;

/**
 * Who may read and change the action programme {@code p}, as SQL: the staff whose scope covers the committee change
 * it; the staff and secretaries below it, and the members of its cells, read it (they carry it out); anyone else is
 * answered as if it did not exist.
 */
record ProgrammeAccess(Scope scope, Long self) {

    static ProgrammeAccess of(Actor actor) {
        return new ProgrammeAccess(Scope.of(actor), actor.memberId());
    }

    /** True when the committee in {@code organizationColumn} is the scope's to change. */
    String editable(String organizationColumn) {
        return scope.coversOrganization(organizationColumn);
    }

    String readable(String organizationColumn) {
        String below = "(" + scope.coversOrAbove(organizationColumn) + ")";
        return self == null
                ? below
                : "(" + below + " OR " + TreeSql.above(organizationColumn, MemberSql.cellOf(":selfMemberId")) + ")";
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        if (self != null) {
            parameters.put("selfMemberId", self);
        }
        return parameters;
    }
}

package vn.neuguong.study;

import java.util.HashMap;
import java.util.Map;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;

/**
 * Which study files an actor may read, as SQL on a file {@code f}: a member their own, a secretary those of their
 * cell, staff those of their scope; a file is the cell's when the member belongs to it now (a file follows its
 * member) or when the cell owed it at launch (a member in temporary activity owes the host cell). Anything else is
 * answered as missing.
 */
record StudyAccess(Scope scope, Long self) {

    static final String CURRENT_CELL = MemberSql.cellOf("f.member_id");

    static StudyAccess of(Actor actor) {
        return new StudyAccess(Scope.of(actor), actor.memberId());
    }

    /** True when the file {@code f} is the cell's in {@code cellExpression}. */
    static String ofCell(String cellExpression) {
        return "(f.cell_id = " + cellExpression + " OR " + CURRENT_CELL + " = " + cellExpression + ")";
    }

    String readable() {
        String covered =
                "(" + scope.coversOrganization(CURRENT_CELL) + " OR " + scope.coversOrganization("f.cell_id") + ")";
        return self == null ? covered : "(" + covered + " OR f.member_id = :selfMemberId)";
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        if (self != null) {
            parameters.put("selfMemberId", self);
        }
        return parameters;
    }
}

package vn.neuguong.meeting;

import java.util.HashMap;
import java.util.Map;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;

/**
 * Who reads meetings: a scope of organizations and perhaps a member of his own. A meeting is visible to its host's
 * and co-hosts' scope, to the scope of its bridge points' and invited organizations, and to a member who is invited
 * by name, whose cell is invited, or whose cell hosts it. Rendered as SQL, so lists and lookups filter in the query.
 */
record Viewer(Scope scope, Long memberId) {

    static final String MEMBER = "viewerMember";

    static Viewer of(Actor actor) {
        return new Viewer(Scope.of(actor), actor.memberId());
    }

    static Viewer everything() {
        return new Viewer(Scope.everything(), null);
    }

    /** SQL: the meeting {@code m} is visible. */
    String visible(String m) {
        if (scope.unrestricted()) {
            return "TRUE";
        }
        String cell = MemberSql.cellOf("CAST(:" + MEMBER + " AS bigint)");
        return "(" + scope.coversOrganization(m + ".host_id")
                + " OR EXISTS (SELECT 1 FROM meeting_cohost vc WHERE vc.meeting_id = " + m + ".id AND "
                + scope.coversOrganization("vc.organization_id") + ")"
                + " OR EXISTS (SELECT 1 FROM meeting_bridge_point vb WHERE vb.meeting_id = " + m + ".id AND "
                + scope.coversOrganization("vb.organization_id") + ")"
                + " OR EXISTS (SELECT 1 FROM meeting_invitee vi WHERE vi.meeting_id = " + m + ".id AND ("
                + "vi.organization_id IS NOT NULL AND " + scope.coversOrganization("vi.organization_id")
                + " OR vi.member_id = CAST(:" + MEMBER + " AS bigint)"
                + " OR vi.kind = 'ORGANIZATION' AND vi.organization_id = " + cell + "))"
                + " OR " + m + ".host_id = " + cell + ")";
    }

    /** SQL: the viewer's scope covers the host or a co-host of {@code m}, which is what changing it takes. */
    String manages(String m) {
        return "(" + scope.coversOrganization(m + ".host_id")
                + " OR EXISTS (SELECT 1 FROM meeting_cohost mc WHERE mc.meeting_id = " + m + ".id AND "
                + scope.coversOrganization("mc.organization_id") + "))";
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        if (!scope.unrestricted()) {
            parameters.put(MEMBER, memberId);
        }
        return parameters;
    }
}

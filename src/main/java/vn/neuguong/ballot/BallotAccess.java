package vn.neuguong.ballot;

import java.util.HashMap;
import java.util.Map;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;

/**
 * Who may reach a round, as SQL on a round {@code r}: the staff whose scope covers the round's organization (which
 * the ordering committee's scope covers too) manage it and read its results; a leader assessed reads the results on
 * himself, and nothing else. Anything else is answered as missing.
 */
record BallotAccess(Scope scope, Long self) {

    static BallotAccess of(Actor actor) {
        return new BallotAccess(Scope.of(actor), actor.memberId());
    }

    static BallotAccess everything() {
        return new BallotAccess(Scope.everything(), null);
    }

    String manages() {
        return scope.coversOrganization("r.organization_id");
    }

    /** True when the viewer is the leader {@code l} assessed by the round. */
    String isLeader(String leaderAlias) {
        return self == null ? "FALSE" : leaderAlias + ".member_id = :selfMemberId";
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        if (self != null) {
            parameters.put("selfMemberId", self);
        }
        return parameters;
    }
}

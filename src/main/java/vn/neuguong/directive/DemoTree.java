package vn.neuguong.directive;

import java.util.List;
import vn.neuguong.organization.CommitteeBody;
import vn.neuguong.organization.Organization;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;

/** The organizations the demo's documents are issued by and sent to, looked up by name in the whole tree. */
final class DemoTree {

    private final Organizations organizations;

    DemoTree(Organizations organizations) {
        this.organizations = organizations;
    }

    long organization(Long parent, String name) {
        return organizations.findByName(parent, name).orElseThrow().id();
    }

    /** The committees below the organization, at every depth, for sending a directive down the tree. */
    void committeesBelow(long parent, List<Long> committees) {
        for (var child : organizations.children(parent, Scope.everything())) {
            if (CommitteeBody.heldBy(child.kind())) {
                committees.add(child.id());
            }
            if (child.kind() != OrganizationKind.CELL) {
                committeesBelow(child.id(), committees);
            }
        }
    }

    List<Long> children(long parent, String kind) {
        return organizations.children(parent, Scope.everything()).stream()
                .filter(child -> child.kind().name().equals(kind))
                .map(Organization::id)
                .toList();
    }
}

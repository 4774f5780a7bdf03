package vn.neuguong.commendation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Organization;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;

/** Reads the level an organization commends at ({@link AwardLevel}) from the tree as it stands. */
@Component
class Levels {

    private final Organizations organizations;

    Levels(Organizations organizations) {
        this.organizations = organizations;
    }

    Optional<AwardLevel> of(long organizationId) {
        return organizations.find(organizationId, Scope.everything()).flatMap(this::of);
    }

    Optional<AwardLevel> of(Organization organization) {
        var parent = organization.parentId() == null
                ? null
                : organizations
                        .find(organization.parentId(), Scope.everything())
                        .orElse(null);
        return AwardLevel.of(organization, parent);
    }
}

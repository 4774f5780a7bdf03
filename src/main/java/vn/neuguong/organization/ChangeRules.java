package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.FieldErrors;

/**
 * The rules every structure change checks before it writes: the organization is open and below the top of the
 * actor's scope, the effective date appends to its history, and a new parent can take it.
 */
@Component
class ChangeRules {

    private final Organizations organizations;
    private final Periods periods;

    ChangeRules(Organizations organizations, Periods periods) {
        this.organizations = organizations;
        this.periods = periods;
    }

    /**
     * Refuses a structure change to the organization at the top of the scope (one whose parent the scope does not
     * cover, checked in SQL): renaming, moving, merging, splitting or closing it is for the staff above it.
     */
    void requireBelowScopeTop(Organization organization, Scope scope) {
        if (!isBelowScopeTop(organization, scope)) {
            throw new ScopeTop(organization);
        }
    }

    /**
     * Whether the scope may rename, move, merge, split or close the organization: it is open and below the top of
     * the scope. The pages offer those changes only then.
     */
    boolean mayChange(Organization organization, Scope scope) {
        return organization.isOpen() && isBelowScopeTop(organization, scope);
    }

    /** Whether the organization can be moved at all: the scope holds a parent for it other than its own. */
    boolean mayMove(Organization organization, Scope scope) {
        return mayChange(organization, scope)
                && organizations.possibleParents(organization, scope).stream()
                        .anyMatch(parent -> !Objects.equals(parent.id(), organization.parentId()));
    }

    private boolean isBelowScopeTop(Organization organization, Scope scope) {
        return scope.unrestricted()
                || organization.parentId() != null
                        && organizations.find(organization.parentId(), scope).isPresent();
    }

    static void requireOpen(Organization organization) {
        if (!organization.isOpen()) {
            throw new ConflictException("organization.closed");
        }
    }

    /**
     * A change takes effect no earlier than the organization was established and no earlier than the last change to
     * it (or, when the change carries the subtree along, to anything below it): history is only ever appended.
     */
    void checkEffectiveDate(FieldErrors errors, LocalDate on, List<Organization> organizations, boolean withSubtree) {
        if (on == null) {
            if (!errors.has("effectiveOn")) {
                errors.add("effectiveOn", "validation.required");
            }
            return;
        }
        for (var organization : organizations) {
            if (on.isBefore(organization.establishedOn())) {
                errors.add("effectiveOn", "organization.change.beforeEstablished");
                return;
            }
            LocalDate last = periods.lastChange(organization, withSubtree);
            if (last != null && on.isBefore(last)) {
                errors.add("effectiveOn", "organization.change.beforeLastChange");
                return;
            }
        }
    }

    /** Whether {@code parent} can take an organization of kind {@code kind} on the date (see {@link OrganizationKind#refusalUnder}). */
    static void checkParent(
            FieldErrors errors, String field, Organization parent, OrganizationKind kind, LocalDate on) {
        String refusal = kind.refusalUnder(parent.kind());
        if (!parent.isOpen()) {
            errors.add(field, "organization.parent.closed");
        } else if (refusal != null) {
            errors.add(field, refusal);
        } else if (on != null && on.isBefore(parent.establishedOn())) {
            errors.add(field, "organization.parent.notYetEstablished");
        }
    }

    /** Whether {@code candidate} is {@code organization} or lies below it. */
    static boolean isWithin(Organization candidate, Organization organization) {
        return candidate.id() == organization.id() || candidate.path().startsWith(organization.path() + ".");
    }

    boolean isWithin(long candidateId, Organization organization) {
        return organizations
                .find(candidateId, Scope.everything())
                .map(candidate -> isWithin(candidate, organization))
                .orElse(false);
    }

    Organization reload(long id) {
        return organizations.find(id, Scope.everything()).orElseThrow();
    }

    static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}

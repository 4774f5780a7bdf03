package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.FieldErrors;

/**
 * Effective-dated changes to the tree: rename, move, merge, split and close. Each one closes the current
 * {@code organization_period} rows it touches on the effective date and opens new ones from that date, so the tree
 * can be read as it stood on any day. Each runs in one transaction, with its audit rows, after every rule has been
 * checked: an organization outside the scope is not found (404), a broken rule names its field. The organization at
 * the top of the actor's scope is the staff above it to change ({@link ScopeTop}, 403): its parts or successor would
 * land above the scope.
 */
@Service
public class StructureChanges {

    static final String ENTITY = "Organization";

    private final Organizations organizations;
    private final Periods periods;
    private final AuditLog audit;

    StructureChanges(Organizations organizations, Periods periods, AuditLog audit) {
        this.organizations = organizations;
        this.periods = periods;
        this.audit = audit;
    }

    /** Gives the organization a new name (and code) from the effective date on. */
    @Transactional
    public Organization rename(long id, Rename change, Scope scope) {
        var organization = organizations.lock(id, scope);
        requireBelowScopeTop(organization, scope);
        requireOpen(organization);
        var errors = new FieldErrors();
        errors.requireText("name", change.name(), 300);
        String code = change.code() == null || change.code().isBlank()
                ? organization.code()
                : change.code().trim();
        if (!code.matches("[\\p{L}\\p{N}]{1,20}")) {
            errors.add("code", "organization.code.invalid");
        }
        checkEffectiveDate(errors, change.effectiveOn(), List.of(organization), false);
        if (!errors.has("name")
                && change.name().trim().equals(organization.name())
                && code.equals(organization.code())) {
            errors.add("name", "organization.rename.unchanged");
        }
        errors.throwIfAny();
        periods.rename(id, change.name().trim(), code, change.effectiveOn());
        var renamed = reload(id);
        audit.updated(ENTITY, id, id, organization, renamed);
        return renamed;
    }

    /** Moves the organization and its whole subtree under another parent from the effective date on. */
    @Transactional
    public Organization move(long id, Move change, Scope scope) {
        var organization = organizations.lock(id, scope);
        requireBelowScopeTop(organization, scope);
        requireOpen(organization);
        var errors = new FieldErrors();
        Organization parent = null;
        if (change.parentId() == null) {
            errors.add("parentId", "validation.required");
        } else {
            parent = organizations.find(change.parentId(), scope).orElse(null);
            if (parent == null) {
                errors.add("parentId", "organization.parent.notFound");
            } else if (isWithin(parent, organization)) {
                errors.add("parentId", "organization.move.underOwnDescendant");
            } else if (java.util.Objects.equals(parent.id(), organization.parentId())) {
                errors.add("parentId", "organization.move.sameParent");
            } else {
                checkParent(errors, "parentId", parent, change.effectiveOn());
            }
        }
        checkEffectiveDate(errors, change.effectiveOn(), List.of(organization), true);
        errors.throwIfAny();
        periods.relocate(organization, parent, change.effectiveOn(), "MOVE");
        return reload(id);
    }

    /**
     * Merges the sources into one organization, an existing one or one created on the effective date: their children
     * and members move to it and they close with it as their successor.
     */
    @Transactional
    public Organization merge(Merge change, Scope scope) {
        var errors = new FieldErrors();
        var sourceIds =
                change.sourceIds() == null ? List.<Long>of() : List.copyOf(new LinkedHashSet<>(change.sourceIds()));
        var sources = new ArrayList<Organization>();
        for (long sourceId : sourceIds) {
            var source = organizations.lock(sourceId, scope);
            requireBelowScopeTop(source, scope);
            sources.add(source);
        }
        Organization target = null;
        if (change.targetId() != null) {
            if (sourceIds.contains(change.targetId())) {
                errors.add("targetId", "organization.merge.intoItself");
            } else {
                target = organizations.find(change.targetId(), scope).orElse(null);
                if (target == null) {
                    errors.add("targetId", "organization.merge.targetNotFound");
                } else if (!target.isOpen()) {
                    errors.add("targetId", "organization.closed");
                } else if (sources.stream().anyMatch(source -> isWithin(change.targetId(), source))) {
                    errors.add("targetId", "organization.merge.intoDescendant");
                }
            }
        }
        int parties = sources.size() + (change.targetId() == null ? 0 : 1);
        if (parties < 2) {
            errors.add("sourceIds", "organization.merge.tooFew");
        }
        if (sources.stream().anyMatch(source -> !source.isOpen())) {
            errors.add("sourceIds", "organization.merge.sourceClosed");
        }
        var kinds = new LinkedHashSet<OrganizationKind>();
        sources.forEach(source -> kinds.add(source.kind()));
        if (target != null) {
            kinds.add(target.kind());
        }
        if (kinds.size() > 1) {
            errors.add("sourceIds", "organization.merge.differentKinds");
        }
        checkEffectiveDate(errors, change.effectiveOn(), sources, true);
        if (target != null && change.effectiveOn() != null) {
            checkEffectiveDate(errors, change.effectiveOn(), List.of(target), false);
        }
        NewOrganization result = null;
        if (change.targetId() == null && !sources.isEmpty()) {
            Long parentId = change.parentId() != null
                    ? change.parentId()
                    : sources.get(0).parentId();
            result = new NewOrganization(
                    parentId,
                    sources.get(0).kind(),
                    blankTo(change.levelLabel(), sources.get(0).levelLabel()),
                    change.name() == null ? null : change.name().trim(),
                    change.code() == null ? null : change.code().trim(),
                    change.address(),
                    change.effectiveOn());
            errors.requireText("name", result.name(), 300);
            if (result.code() == null || !result.code().matches("[\\p{L}\\p{N}]{1,20}")) {
                errors.add("code", result.code() == null ? "validation.required" : "organization.code.invalid");
            }
            if (parentId != null) {
                var parent = organizations.find(parentId, scope).orElse(null);
                if (parent == null) {
                    errors.add("parentId", "organization.parent.notFound");
                } else if (sources.stream().anyMatch(source -> isWithin(parent, source))) {
                    errors.add("parentId", "organization.merge.parentInsideSource");
                } else {
                    checkParent(errors, "parentId", parent, change.effectiveOn());
                }
            }
        }
        errors.throwIfAny();
        if (result != null) {
            target = organizations.create(result, scope);
        }
        for (var source : sources) {
            takeOver(source, target, change.effectiveOn(), "MERGE");
        }
        return reload(target.id());
    }

    /**
     * Splits the organization into new ones under the same parent: each child and member goes to the part the user
     * chose, or to the first part; the organization closes with the first part as its successor.
     */
    @Transactional
    public List<Organization> split(long id, Split change, Scope scope) {
        var source = organizations.lock(id, scope);
        requireBelowScopeTop(source, scope);
        requireOpen(source);
        var errors = new FieldErrors();
        var parts = change.parts() == null ? List.<Part>of() : change.parts();
        if (parts.size() < 2) {
            errors.add("parts", "organization.split.tooFew");
        }
        for (int i = 0; i < parts.size(); i++) {
            var part = parts.get(i);
            errors.requireText("parts[" + i + "].name", part.name(), 300);
            if (part.code() == null || part.code().isBlank()) {
                errors.add("parts[" + i + "].code", "validation.required");
            } else if (!part.code().trim().matches("[\\p{L}\\p{N}]{1,20}")) {
                errors.add("parts[" + i + "].code", "organization.code.invalid");
            }
        }
        checkEffectiveDate(errors, change.effectiveOn(), List.of(source), true);
        var children = organizations.children(id, Scope.everything());
        Map<Long, Integer> childParts = change.children() == null ? Map.of() : change.children();
        for (var entry : childParts.entrySet()) {
            if (children.stream().noneMatch(child -> child.id() == entry.getKey())) {
                errors.add("children[" + entry.getKey() + "]", "organization.split.notAChild");
            } else if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() >= parts.size()) {
                errors.add("children[" + entry.getKey() + "]", "organization.split.noSuchPart");
            }
        }
        var memberIds = periods.activeMembers(id);
        Map<Long, Integer> memberParts = change.members() == null ? Map.of() : change.members();
        for (var entry : memberParts.entrySet()) {
            if (!memberIds.contains(entry.getKey())) {
                errors.add("members[" + entry.getKey() + "]", "organization.split.notAMember");
            } else if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() >= parts.size()) {
                errors.add("members[" + entry.getKey() + "]", "organization.split.noSuchPart");
            }
        }
        errors.throwIfAny();
        var created = new ArrayList<Organization>();
        for (var part : parts) {
            // The parts stand beside the source, under its parent, inside the scope (the source is not its top).
            created.add(organizations.create(
                    new NewOrganization(
                            source.parentId(),
                            source.kind(),
                            blankTo(part.levelLabel(), source.levelLabel()),
                            part.name().trim(),
                            part.code().trim(),
                            part.address(),
                            change.effectiveOn()),
                    scope));
        }
        for (var child : children) {
            var part = created.get(childParts.getOrDefault(child.id(), 0));
            periods.relocate(reload(child.id()), reload(part.id()), change.effectiveOn(), "SPLIT");
        }
        for (long memberId : memberIds) {
            var part = created.get(memberParts.getOrDefault(memberId, 0));
            periods.moveMembers(List.of(memberId), source.id(), part.id(), change.effectiveOn(), "SPLIT");
        }
        periods.close(reload(id), change.effectiveOn(), created.get(0).id());
        return created.stream().map(part -> reload(part.id())).toList();
    }

    /** Dissolves an organization that has no open children and no active members left. */
    @Transactional
    public Organization close(long id, Close change, Scope scope) {
        var organization = organizations.lock(id, scope);
        requireBelowScopeTop(organization, scope);
        requireOpen(organization);
        var errors = new FieldErrors();
        checkEffectiveDate(errors, change.effectiveOn(), List.of(organization), false);
        if (!organizations.children(id, Scope.everything()).isEmpty()) {
            errors.add("effectiveOn", "organization.close.hasChildren");
        } else if (!periods.activeMembers(id).isEmpty()) {
            errors.add("effectiveOn", "organization.close.hasMembers");
        }
        errors.throwIfAny();
        periods.close(organization, change.effectiveOn(), null);
        return reload(id);
    }

    /**
     * Corrects the level label, code and address in place; a new name is a rename from {@code effectiveOn}, since a
     * name is history.
     */
    @Transactional
    public Organization update(long id, Update change, Scope scope) {
        var organization = organizations.lock(id, scope);
        requireOpen(organization);
        var errors = new FieldErrors();
        errors.requireText("levelLabel", change.levelLabel(), 100);
        if (change.code() == null || change.code().isBlank()) {
            errors.add("code", "validation.required");
        } else if (!change.code().trim().matches("[\\p{L}\\p{N}]{1,20}")) {
            errors.add("code", "organization.code.invalid");
        }
        if (change.address() != null && change.address().length() > 500) {
            errors.add("address", "validation.tooLong");
        }
        boolean renamed = change.name() != null && !change.name().trim().equals(organization.name());
        if (renamed) {
            errors.requireText("name", change.name(), 300);
            checkEffectiveDate(errors, change.effectiveOn(), List.of(organization), false);
        }
        errors.throwIfAny();
        String code = change.code().trim();
        if (renamed) {
            rename(id, new Rename(change.name(), code, change.effectiveOn()), scope);
        }
        periods.correct(id, change.levelLabel().trim(), code, blankTo(change.address(), null));
        var updated = reload(id);
        audit.updated(ENTITY, id, id, organization, updated);
        return updated;
    }

    /** Hands the children and members of {@code source} to {@code target}, then closes the source. */
    private void takeOver(Organization source, Organization target, LocalDate on, String changeKind) {
        for (var child : organizations.children(source.id(), Scope.everything())) {
            periods.relocate(child, reload(target.id()), on, changeKind);
        }
        periods.moveMembers(periods.activeMembers(source.id()), source.id(), target.id(), on, changeKind);
        periods.close(reload(source.id()), on, target.id());
    }

    // --- rules

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
    public boolean mayChange(Organization organization, Scope scope) {
        return organization.isOpen() && isBelowScopeTop(organization, scope);
    }

    /** Whether the organization can be moved at all: the scope holds a parent for it other than its own. */
    public boolean mayMove(Organization organization, Scope scope) {
        return mayChange(organization, scope)
                && organizations.possibleParents(organization, scope).stream()
                        .anyMatch(parent -> !java.util.Objects.equals(parent.id(), organization.parentId()));
    }

    private boolean isBelowScopeTop(Organization organization, Scope scope) {
        return scope.unrestricted()
                || organization.parentId() != null
                        && organizations.find(organization.parentId(), scope).isPresent();
    }

    /** A structure change to the top of the actor's scope: 403, with the reason in the caller's language. */
    public static final class ScopeTop extends ErrorResponseException {

        static final String MESSAGE = "organization.change.scopeTop";

        ScopeTop(Organization organization) {
            super(
                    HttpStatus.FORBIDDEN,
                    ProblemDetail.forStatusAndDetail(
                            HttpStatus.FORBIDDEN,
                            organization.name() + " is the top of your scope: its structure is changed by the staff"
                                    + " above it"),
                    null,
                    MESSAGE,
                    new Object[] {organization.name()});
        }
    }

    private static void requireOpen(Organization organization) {
        if (!organization.isOpen()) {
            throw new ConflictException("organization.closed");
        }
    }

    /**
     * A change takes effect no earlier than the organization was established and no earlier than the last change to
     * it (or, when the change carries the subtree along, to anything below it): history is only ever appended.
     */
    private void checkEffectiveDate(
            FieldErrors errors, LocalDate on, List<Organization> organizations, boolean withSubtree) {
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

    private static void checkParent(FieldErrors errors, String field, Organization parent, LocalDate on) {
        if (!parent.isOpen()) {
            errors.add(field, "organization.parent.closed");
        } else if (parent.kind() == OrganizationKind.CELL) {
            errors.add(field, "organization.parent.isCell");
        } else if (on != null && on.isBefore(parent.establishedOn())) {
            errors.add(field, "organization.parent.notYetEstablished");
        }
    }

    /** Whether {@code candidate} is {@code organization} or lies below it. */
    private static boolean isWithin(Organization candidate, Organization organization) {
        return candidate.id() == organization.id() || candidate.path().startsWith(organization.path() + ".");
    }

    private boolean isWithin(long candidateId, Organization organization) {
        return organizations
                .find(candidateId, Scope.everything())
                .map(candidate -> isWithin(candidate, organization))
                .orElse(false);
    }

    private Organization reload(long id) {
        return organizations.find(id, Scope.everything()).orElseThrow();
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    // --- the inputs

    /** A new name, and optionally a new code, from {@code effectiveOn}. */
    public record Rename(String name, String code, LocalDate effectiveOn) {}

    /** A new parent from {@code effectiveOn}. */
    public record Move(Long parentId, LocalDate effectiveOn) {}

    /**
     * The organizations to merge, and either {@code targetId} (an existing organization that absorbs them) or the
     * new organization to create (name, code, level label, address; under {@code parentId}, by default the first
     * source's parent).
     */
    public record Merge(
            List<Long> sourceIds,
            Long targetId,
            Long parentId,
            String levelLabel,
            String name,
            String code,
            String address,
            LocalDate effectiveOn) {}

    /** One organization created by a split; the level label defaults to the source's. */
    public record Part(String levelLabel, String name, String code, String address) {}

    /**
     * The parts to create, and which part each child organization and each member goes to (by index in
     * {@code parts}; anything not listed goes to the first part).
     */
    public record Split(
            LocalDate effectiveOn, List<Part> parts, Map<Long, Integer> children, Map<Long, Integer> members) {}

    /** When the organization ceases to exist. */
    public record Close(LocalDate effectiveOn) {}

    /** Corrections, and a new name if {@code name} differs (which needs {@code effectiveOn}). */
    public record Update(String levelLabel, String name, String code, String address, LocalDate effectiveOn) {}
}

package vn.neuguong.organization;

import static vn.neuguong.organization.ChangeRules.blankTo;
import static vn.neuguong.organization.ChangeRules.checkParent;
import static vn.neuguong.organization.ChangeRules.isWithin;
import static vn.neuguong.organization.ChangeRules.requireOpen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.FieldErrors;

/**
 * Effective-dated changes to the tree: rename, move, merge, split and close. Each one closes the current
 * {@code organization_period} rows it touches on the effective date and opens new ones from that date, so the tree
 * can be read as it stood on any day. Each runs in one transaction, with its audit rows, after every rule has been
 * checked: an organization outside the scope is not found (404), a broken rule names its field. The organization at
 * the top of the actor's scope is the staff above it to change ({@link ScopeTop}, 403): its parts or successor would
 * land above the scope. The inputs carry Bean Validation annotations, checked where they arrive (API body, form).
 */
@Service
public class StructureChanges {

    static final String ENTITY = "Organization";

    private final Organizations organizations;
    private final Periods periods;
    private final ChangeRules rules;
    private final Merges merges;
    private final Splits splits;
    private final CellMembership membership;
    private final AuditLog audit;

    StructureChanges(
            Organizations organizations,
            Periods periods,
            ChangeRules rules,
            Merges merges,
            Splits splits,
            CellMembership membership,
            AuditLog audit) {
        this.organizations = organizations;
        this.periods = periods;
        this.rules = rules;
        this.merges = merges;
        this.splits = splits;
        this.membership = membership;
        this.audit = audit;
    }

    /** Gives the organization a new name (and code) from the effective date on. */
    @Transactional
    public Organization rename(long id, Rename change, Scope scope) {
        return rename(id, change, null, scope);
    }

    /** The same, refused as stale unless the organization is still at {@code expectedVersion} (null: unchecked). */
    @Transactional
    public Organization rename(long id, Rename change, Integer expectedVersion, Scope scope) {
        var organization = organizations.lock(id, scope);
        rules.requireBelowScopeTop(organization, scope);
        requireOpen(organization);
        StaleVersion.check(organization, expectedVersion);
        var errors = new FieldErrors();
        String code = blankTo(change.code(), organization.code());
        rules.checkEffectiveDate(errors, change.effectiveOn(), List.of(organization), false);
        if (change.name().trim().equals(organization.name()) && code.equals(organization.code())) {
            errors.add("name", "organization.rename.unchanged");
        }
        errors.throwIfAny();
        periods.rename(id, change.name().trim(), code, change.effectiveOn());
        var renamed = rules.reload(id);
        audit.updated(ENTITY, id, id, organization, renamed);
        return renamed;
    }

    /** Moves the organization and its whole subtree under another parent from the effective date on. */
    @Transactional
    public Organization move(long id, Move change, Scope scope) {
        var organization = organizations.lock(id, scope);
        rules.requireBelowScopeTop(organization, scope);
        requireOpen(organization);
        var errors = new FieldErrors();
        var parent = organizations.find(change.parentId(), scope).orElse(null);
        if (parent == null) {
            errors.add("parentId", "organization.parent.notFound");
        } else if (isWithin(parent, organization)) {
            errors.add("parentId", "organization.move.underOwnDescendant");
        } else if (Objects.equals(parent.id(), organization.parentId())) {
            errors.add("parentId", "organization.move.sameParent");
        } else {
            checkParent(errors, "parentId", parent, organization.kind(), change.effectiveOn());
        }
        rules.checkEffectiveDate(errors, change.effectiveOn(), List.of(organization), true);
        errors.throwIfAny();
        periods.relocate(organization, parent, change.effectiveOn(), "MOVE");
        return rules.reload(id);
    }

    /**
     * Merges the sources into one organization, an existing one or one created on the effective date: their children
     * and members move to it and they close with it as their successor.
     */
    @Transactional
    public Organization merge(Merge change, Scope scope) {
        return merges.merge(change, scope);
    }

    /**
     * Splits the organization into new ones under the same parent: each child and member goes to the part the user
     * chose, or to the first part; the organization closes with the first part as its successor.
     */
    @Transactional
    public List<Organization> split(long id, Split change, Scope scope) {
        return splits.split(id, change, scope);
    }

    /** Dissolves an organization that has no open children and no active members left. */
    @Transactional
    public Organization close(long id, Close change, Scope scope) {
        var organization = organizations.lock(id, scope);
        rules.requireBelowScopeTop(organization, scope);
        requireOpen(organization);
        var errors = new FieldErrors();
        rules.checkEffectiveDate(errors, change.effectiveOn(), List.of(organization), false);
        if (!organizations.children(id, Scope.everything()).isEmpty()) {
            errors.add("effectiveOn", "organization.close.hasChildren");
        } else if (!membership.activeMembers(id).isEmpty()) {
            errors.add("effectiveOn", "organization.close.hasMembers");
        }
        errors.throwIfAny();
        periods.close(organization, change.effectiveOn(), null);
        return rules.reload(id);
    }

    /**
     * Corrects the level label, code and address in place; a new name is a rename from {@code effectiveOn}, since a
     * name is history. Refused as stale unless the organization is still at {@code expectedVersion} (null: unchecked).
     */
    @Transactional
    public Organization update(long id, Update change, Integer expectedVersion, Scope scope) {
        var organization = organizations.lock(id, scope);
        requireOpen(organization);
        StaleVersion.check(organization, expectedVersion);
        var errors = new FieldErrors();
        boolean renamed = change.name() != null && !change.name().trim().equals(organization.name());
        if (renamed) {
            if (change.name().isBlank()) {
                errors.add("name", "validation.required");
            }
            rules.checkEffectiveDate(errors, change.effectiveOn(), List.of(organization), false);
        }
        errors.throwIfAny();
        String code = change.code().trim();
        if (renamed) {
            rename(id, new Rename(change.name(), code, change.effectiveOn()), scope);
        }
        periods.correct(id, change.levelLabel().trim(), code, blankTo(change.address(), null));
        var updated = rules.reload(id);
        audit.updated(ENTITY, id, id, organization, updated);
        return updated;
    }

    // --- the inputs

    /** A new name, and optionally a new code, from {@code effectiveOn}. */
    public record Rename(
            @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong")
            String name,

            @Pattern(regexp = Organization.CODE_OR_BLANK, message = "organization.code.invalid")
            String code,

            @NotNull(message = "validation.required") LocalDate effectiveOn) {}

    /** A new parent from {@code effectiveOn}. */
    public record Move(
            @NotNull(message = "validation.required") Long parentId,
            @NotNull(message = "validation.required") LocalDate effectiveOn) {}

    /**
     * The organizations to merge, and either {@code targetId} (an existing organization that absorbs them) or the
     * new organization to create (name and code then required, level label, address; under {@code parentId}, by
     * default the first source's parent).
     */
    public record Merge(
            List<Long> sourceIds,
            Long targetId,
            Long parentId,
            @Size(max = 100, message = "validation.tooLong") String levelLabel,
            @Size(max = 300, message = "validation.tooLong") String name,

            @Pattern(regexp = Organization.CODE_OR_BLANK, message = "organization.code.invalid")
            String code,

            @Size(max = 500, message = "validation.tooLong") String address,
            @NotNull(message = "validation.required") LocalDate effectiveOn) {}

    /** One organization created by a split; the level label defaults to the source's. */
    public record Part(
            @Size(max = 100, message = "validation.tooLong") String levelLabel,

            @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong")
            String name,

            @NotBlank(message = "validation.required")
            @Pattern(regexp = Organization.CODE, message = "organization.code.invalid")
            String code,

            @Size(max = 500, message = "validation.tooLong") String address) {}

    /**
     * The parts to create, and which part each child organization and each member goes to (by index in
     * {@code parts}; anything not listed goes to the first part).
     */
    public record Split(
            @NotNull(message = "validation.required") LocalDate effectiveOn,

            @NotNull(message = "organization.split.tooFew") @Size(min = 2, message = "organization.split.tooFew") @Valid
            List<Part> parts,

            Map<Long, Integer> children,
            Map<Long, Integer> members) {}

    /** When the organization ceases to exist. */
    public record Close(
            @NotNull(message = "validation.required") LocalDate effectiveOn) {}

    /** Corrections, and a new name if {@code name} differs (which needs {@code effectiveOn}). */
    public record Update(
            @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.tooLong")
            String levelLabel,

            @Size(max = 300, message = "validation.tooLong") String name,

            @NotBlank(message = "validation.required")
            @Pattern(regexp = Organization.CODE, message = "organization.code.invalid")
            String code,

            @Size(max = 500, message = "validation.tooLong") String address,
            LocalDate effectiveOn) {}
}

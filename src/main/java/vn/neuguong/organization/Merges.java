package vn.neuguong.organization;

import static vn.neuguong.organization.ChangeRules.blankTo;
import static vn.neuguong.organization.ChangeRules.checkParent;
import static vn.neuguong.organization.ChangeRules.isWithin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.shared.FieldErrors;

/**
 * Merges organizations into one, an existing one or one created on the effective date: their children and members
 * move to it and they close with it as their successor. Runs inside {@link StructureChanges#merge}'s transaction.
 */
@Component
class Merges {

    private final Organizations organizations;
    private final Periods periods;
    private final ChangeRules rules;
    private final CellMembership membership;

    Merges(Organizations organizations, Periods periods, ChangeRules rules, CellMembership membership) {
        this.organizations = organizations;
        this.periods = periods;
        this.rules = rules;
        this.membership = membership;
    }

    Organization merge(Merge change, Scope scope) {
        var errors = new FieldErrors();
        var sourceIds =
                change.sourceIds() == null ? List.<Long>of() : List.copyOf(new LinkedHashSet<>(change.sourceIds()));
        var sources = new ArrayList<Organization>();
        for (long sourceId : sourceIds) {
            var source = organizations.lock(sourceId, scope);
            rules.requireBelowScopeTop(source, scope);
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
                } else if (sources.stream().anyMatch(source -> rules.isWithin(change.targetId(), source))) {
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
        rules.checkEffectiveDate(errors, change.effectiveOn(), sources, true);
        if (target != null && change.effectiveOn() != null) {
            rules.checkEffectiveDate(errors, change.effectiveOn(), List.of(target), false);
        }
        NewOrganization result = null;
        if (change.targetId() == null && !sources.isEmpty()) {
            result = newOrganization(change, sources, errors, scope);
        }
        errors.throwIfAny();
        if (result != null) {
            target = organizations.create(result, scope);
        }
        for (var source : sources) {
            takeOver(source, target, change.effectiveOn());
        }
        return rules.reload(target.id());
    }

    /** The organization the merge creates: a name and code are needed then, since there is no target to take. */
    private NewOrganization newOrganization(Merge change, List<Organization> sources, FieldErrors errors, Scope scope) {
        Long parentId =
                change.parentId() != null ? change.parentId() : sources.get(0).parentId();
        var result = new NewOrganization(
                parentId,
                sources.get(0).kind(),
                blankTo(change.levelLabel(), sources.get(0).levelLabel()),
                change.name() == null ? null : change.name().trim(),
                change.code() == null ? null : change.code().trim(),
                change.address(),
                change.effectiveOn());
        if (result.name() == null || result.name().isBlank()) {
            errors.add("name", "validation.required");
        }
        if (result.code() == null || result.code().isBlank()) {
            errors.add("code", "validation.required");
        }
        if (parentId != null) {
            var parent = organizations.find(parentId, scope).orElse(null);
            if (parent == null) {
                errors.add("parentId", "organization.parent.notFound");
            } else if (sources.stream().anyMatch(source -> isWithin(parent, source))) {
                errors.add("parentId", "organization.merge.parentInsideSource");
            } else {
                checkParent(errors, "parentId", parent, result.kind(), change.effectiveOn());
            }
        }
        return result;
    }

    /** Hands the children and members of {@code source} to {@code target}, then closes the source. */
    private void takeOver(Organization source, Organization target, LocalDate on) {
        for (var child : organizations.children(source.id(), Scope.everything())) {
            periods.relocate(child, rules.reload(target.id()), on, "MERGE");
        }
        membership.move(membership.activeMembers(source.id()), source.id(), target.id(), on, "MERGE");
        periods.close(rules.reload(source.id()), on, target.id());
    }
}

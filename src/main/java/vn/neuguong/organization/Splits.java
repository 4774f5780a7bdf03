package vn.neuguong.organization;

import static vn.neuguong.organization.ChangeRules.blankTo;
import static vn.neuguong.organization.ChangeRules.requireOpen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.StructureChanges.Split;
import vn.neuguong.shared.FieldErrors;

/**
 * Splits an organization into new ones under the same parent: each child and member goes to the part the user
 * chose, or to the first part; the organization closes with the first part as its successor. Runs inside
 * {@link StructureChanges#split}'s transaction.
 */
@Component
class Splits {

    private final Organizations organizations;
    private final Periods periods;
    private final ChangeRules rules;
    private final CellMembership membership;

    Splits(Organizations organizations, Periods periods, ChangeRules rules, CellMembership membership) {
        this.organizations = organizations;
        this.periods = periods;
        this.rules = rules;
        this.membership = membership;
    }

    List<Organization> split(long id, Split change, Scope scope) {
        var source = organizations.lock(id, scope);
        rules.requireBelowScopeTop(source, scope);
        requireOpen(source);
        var errors = new FieldErrors();
        var parts = change.parts() == null ? List.<StructureChanges.Part>of() : change.parts();
        rules.checkEffectiveDate(errors, change.effectiveOn(), List.of(source), true);
        var children = organizations.children(id, Scope.everything());
        Map<Long, Integer> childParts = change.children() == null ? Map.of() : change.children();
        for (var entry : childParts.entrySet()) {
            if (children.stream().noneMatch(child -> child.id() == entry.getKey())) {
                errors.add("children[" + entry.getKey() + "]", "organization.split.notAChild");
            } else if (!isPart(entry.getValue(), parts)) {
                errors.add("children[" + entry.getKey() + "]", "organization.split.noSuchPart");
            }
        }
        var memberIds = membership.activeMembers(id);
        Map<Long, Integer> memberParts = change.members() == null ? Map.of() : change.members();
        for (var entry : memberParts.entrySet()) {
            if (!memberIds.contains(entry.getKey())) {
                errors.add("members[" + entry.getKey() + "]", "organization.split.notAMember");
            } else if (!isPart(entry.getValue(), parts)) {
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
            periods.relocate(rules.reload(child.id()), rules.reload(part.id()), change.effectiveOn(), "SPLIT");
        }
        for (long memberId : memberIds) {
            var part = created.get(memberParts.getOrDefault(memberId, 0));
            membership.move(List.of(memberId), source.id(), part.id(), change.effectiveOn(), "SPLIT");
        }
        periods.close(rules.reload(id), change.effectiveOn(), created.get(0).id());
        return created.stream().map(part -> rules.reload(part.id())).toList();
    }

    private static boolean isPart(Integer index, List<?> parts) {
        return index != null && index >= 0 && index < parts.size();
    }
}

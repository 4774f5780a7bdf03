package vn.neuguong.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An organization with the organizations below it, nested; the shape of {@code GET /api/v1/organizations/tree}. */
public record OrganizationTree(
        long id, OrganizationKind kind, String levelLabel, String name, String code, List<OrganizationTree> children) {

    /**
     * Nests the nodes under their parents; a node whose parent is not among them (a root, or the top of a scope)
     * starts a tree of its own. The order of the nodes is kept among siblings.
     */
    static List<OrganizationTree> of(List<OrganizationNode> nodes) {
        Map<Long, List<OrganizationNode>> byParent = new LinkedHashMap<>();
        Map<Long, OrganizationNode> byId = new LinkedHashMap<>();
        for (var node : nodes) {
            byId.put(node.id(), node);
        }
        var roots = new ArrayList<OrganizationNode>();
        for (var node : nodes) {
            if (node.parentId() == null || !byId.containsKey(node.parentId())) {
                roots.add(node);
            } else {
                byParent.computeIfAbsent(node.parentId(), id -> new ArrayList<>())
                        .add(node);
            }
        }
        return roots.stream().map(root -> nest(root, byParent)).toList();
    }

    private static OrganizationTree nest(OrganizationNode node, Map<Long, List<OrganizationNode>> byParent) {
        var children = byParent.getOrDefault(node.id(), List.of()).stream()
                .map(child -> nest(child, byParent))
                .toList();
        return new OrganizationTree(node.id(), node.kind(), node.levelLabel(), node.name(), node.code(), children);
    }
}

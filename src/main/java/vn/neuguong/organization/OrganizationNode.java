package vn.neuguong.organization;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An organization as it stood on some date: its name, code, level and place in the tree then, and how many
 * organizations were directly below it.
 */
public record OrganizationNode(
        long id,
        OrganizationKind kind,
        String levelLabel,
        String name,
        String code,
        @Schema(nullable = true) Long parentId,
        String path,
        int childCount) {

    public boolean hasChildren() {
        return childCount > 0;
    }
}

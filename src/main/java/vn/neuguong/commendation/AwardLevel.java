package vn.neuguong.commendation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Optional;
import vn.neuguong.organization.Organization;
import vn.neuguong.organization.OrganizationKind;

/**
 * The level of the party an organization commends at, which decides the forms of award it may give (thẩm quyền khen
 * thưởng, Quy định 29-QĐ/TW of 2016, point 27.2): read from the organization's kind and its parent's,
 * since the tree records no level of its own. A committee at the top of the tree (Tỉnh ủy, Thành ủy) is a province;
 * a committee under another (Quận ủy, Huyện ủy) a district; a cell directly under a committee is a grassroots cell
 * (chi bộ cơ sở); a cell under a grassroots committee (đảng ủy cơ sở) a cell. Departments and the units the party
 * leads do not commend.
 */
@Schema(enumAsRef = true)
public enum AwardLevel {
    CELL,
    GRASSROOTS_CELL,
    GRASSROOTS_COMMITTEE,
    DISTRICT,
    PROVINCE;

    /** The level of {@code organization}, whose parent is {@code parent} (null at the top); empty if it does not commend. */
    static Optional<AwardLevel> of(Organization organization, Organization parent) {
        return Optional.ofNullable(
                switch (organization.kind()) {
                    case CELL -> parent != null && parent.kind() == OrganizationKind.COMMITTEE ? GRASSROOTS_CELL : CELL;
                    case GRASSROOTS_COMMITTEE -> GRASSROOTS_COMMITTEE;
                    case COMMITTEE -> parent == null ? PROVINCE : DISTRICT;
                    default -> null;
                });
    }
}

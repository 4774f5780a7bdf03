package vn.neuguong.organization;

/** What an organization is; its level label ("Quận ủy", "Đảng ủy phường", ...) is data, not a kind. */
public enum OrganizationKind {
    /** A party committee with committees or cells below it: Thành ủy, Tỉnh ủy, Quận ủy. */
    COMMITTEE,
    /** A grassroots committee (đảng ủy cơ sở): Đảng ủy phường, Đảng ủy Khối. */
    GRASSROOTS_COMMITTEE,
    /** A party cell (chi bộ); members belong to cells. */
    CELL,
    /** A department of a committee (ban, văn phòng); issues documents, has no members of its own. */
    DEPARTMENT
}

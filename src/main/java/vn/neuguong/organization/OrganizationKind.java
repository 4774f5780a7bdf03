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
    DEPARTMENT,
    /** The Fatherland Front committee of a level (Ủy ban Mặt trận Tổ quốc); led by the committee, not of the party. */
    FRONT,
    /** A socio-political organization (Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Hội Nông dân, Công đoàn). */
    MASS_ORGANIZATION,
    /** The People's Committee of a level (Ủy ban nhân dân): the government. */
    PEOPLES_COMMITTEE,
    /** The People's Council of a level (Hội đồng nhân dân). */
    PEOPLES_COUNCIL,
    /** A department, unit or school of the government (phòng, ban, đơn vị, trường học). */
    GOVERNMENT_UNIT;

    /** The party's own organizations; the rest are units a committee leads: they have people, not members. */
    public boolean party() {
        return this == COMMITTEE || this == GRASSROOTS_COMMITTEE || this == CELL || this == DEPARTMENT;
    }

    /** The units of the political system around a committee that are not of the party. */
    public static final java.util.Set<OrganizationKind> UNITS =
            java.util.EnumSet.of(FRONT, MASS_ORGANIZATION, PEOPLES_COMMITTEE, PEOPLES_COUNCIL, GOVERNMENT_UNIT);
}

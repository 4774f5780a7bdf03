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

    /**
     * Why an organization of this kind cannot stand directly under one of kind {@code parent}, as a message key;
     * null when it can. Nothing stands under a cell. A unit stands under the committee that leads it (a committee or
     * a grassroots committee); besides, a government department, unit or school may stand under its People's
     * Committee, and a socio-political organization under the Fatherland Front, as they do since the 2025 reform
     * placed them in the Front. A party organization never stands under a unit.
     */
    public String refusalUnder(OrganizationKind parent) {
        if (parent == CELL) {
            return "organization.parent.isCell";
        }
        if (party()) {
            return parent.party() ? null : "organization.parent.isUnit";
        }
        boolean led = parent == COMMITTEE
                || parent == GRASSROOTS_COMMITTEE
                || this == GOVERNMENT_UNIT && parent == PEOPLES_COMMITTEE
                || this == MASS_ORGANIZATION && parent == FRONT;
        return led ? null : "organization.parent.notForUnit";
    }

    /** Whether an organization of this kind can stand directly under one of kind {@code parent}. */
    public boolean mayStandUnder(OrganizationKind parent) {
        return refusalUnder(parent) == null;
    }

    /** The kinds that can stand directly under an organization of this kind, in declaration order. */
    public java.util.List<OrganizationKind> childKinds() {
        return java.util.Arrays.stream(values())
                .filter(child -> child.mayStandUnder(this))
                .toList();
    }

    /** The names of the kinds an organization of this kind can stand under, for a query's {@code IN}. */
    java.util.List<String> parentKindNames() {
        return java.util.Arrays.stream(values())
                .filter(this::mayStandUnder)
                .map(Enum::name)
                .toList();
    }
}

package vn.neuguong.campaign;

/**
 * Which organizations of a targeted subtree owe a requirement: the party organizations of one kind, all of them
 * (committees, grassroots committees and cells; never departments), the units the committees lead (the Front and
 * the socio-political organizations, or the government), or the whole political system.
 */
public enum AppliesTo {
    COMMITTEE,
    GRASSROOTS_COMMITTEE,
    CELL,
    ALL,
    FRONT_AND_MASS,
    GOVERNMENT,
    POLITICAL_SYSTEM;

    /**
     * The condition, in SQL, that an organization of kind {@code kindColumn} owes a line whose {@code applies_to}
     * is {@code appliesToColumn}; departments of committees never owe.
     */
    static String matches(String kindColumn, String appliesToColumn) {
        return "(" + kindColumn + " <> 'DEPARTMENT' AND CASE " + appliesToColumn
                + " WHEN 'ALL' THEN " + kindColumn + " IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL')"
                + " WHEN 'FRONT_AND_MASS' THEN " + kindColumn + " IN ('FRONT', 'MASS_ORGANIZATION')"
                + " WHEN 'GOVERNMENT' THEN " + kindColumn
                + " IN ('PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'GOVERNMENT_UNIT')"
                + " WHEN 'POLITICAL_SYSTEM' THEN true"
                + " ELSE " + kindColumn + " = " + appliesToColumn + " END)";
    }
}

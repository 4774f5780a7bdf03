package vn.neuguong.member;

/** Where a party member stands: still in a cell here, or gone from the roster for one of three reasons. */
public enum MemberStatus {
    ACTIVE,
    TRANSFERRED_OUT,
    DECEASED,
    REMOVED
}

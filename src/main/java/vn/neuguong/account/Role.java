package vn.neuguong.account;

/** What an account may do; staff and secretary roles are held for one organization and act on its subtree. */
public enum Role {
    ADMIN,
    STAFF,
    SECRETARY,
    MEMBER
}

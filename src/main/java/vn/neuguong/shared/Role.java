package vn.neuguong.shared;

/** What an account may do; staff and secretary roles are held for one organization and act on its subtree. */
@io.swagger.v3.oas.annotations.media.Schema(enumAsRef = true)
public enum Role {
    ADMIN,
    STAFF,
    SECRETARY,
    MEMBER
}

package vn.neuguong.member;

/**
 * A search of the roster: {@code q} is matched without diacritics or case against name and card number;
 * {@code organizationId} keeps the members of that organization's subtree. The page is asked for apart, with a
 * {@link vn.neuguong.shared.PageRequest}.
 */
public record MemberQuery(String q, Long organizationId, MemberStatus status) {

    public MemberQuery {
        q = q == null || q.isBlank() ? null : q.strip().replaceAll("\\s+", " ");
    }

    public static MemberQuery all() {
        return new MemberQuery(null, null, null);
    }
}

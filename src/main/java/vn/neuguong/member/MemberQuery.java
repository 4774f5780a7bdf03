package vn.neuguong.member;

/**
 * A search of the roster: {@code q} is matched without diacritics or case against name and card number;
 * {@code organizationId} keeps the members of that organization's subtree; pages count from 1.
 */
public record MemberQuery(String q, Long organizationId, MemberStatus status, int page, int size) {

    public MemberQuery {
        q = q == null || q.isBlank() ? null : q.strip().replaceAll("\\s+", " ");
        page = Math.max(page, 1);
        size = size <= 0 ? 20 : Math.min(size, 200);
    }

    public static MemberQuery all() {
        return new MemberQuery(null, null, null, 1, 20);
    }
}

package vn.neuguong.member;

import java.util.List;

/** One page of a roster search and how many members matched in all. */
public record MemberPage(List<Member> members, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}

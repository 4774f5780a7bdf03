package vn.neuguong.member;

/** A cell a member can be placed in, with the names of its ancestors ("Quận ủy Đống Đa / ... / Chi bộ ..."). */
public record MemberCell(long id, String name, String pathNames) {}

package vn.neuguong.member;

public enum MemberGender {
    MALE,
    FEMALE,
    OTHER
}

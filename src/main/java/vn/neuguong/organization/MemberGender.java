package vn.neuguong.organization;

public enum MemberGender {
    MALE,
    FEMALE,
    OTHER
}

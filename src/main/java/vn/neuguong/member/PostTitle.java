package vn.neuguong.member;

/**
 * The kind of a non-party post a person holds; the post's own wording ("Chủ tịch Ủy ban MTTQ phường Kim Liên") is
 * kept beside it. The heads (Chủ tịch, Bí thư Đoàn, Trưởng phòng, Hiệu trưởng) lead a unit: one at a time.
 */
public enum PostTitle {
    CHAIR(true, "Chủ tịch"),
    VICE_CHAIR(false, "Phó Chủ tịch"),
    SECRETARY(true, "Bí thư"),
    DEPUTY_SECRETARY(false, "Phó Bí thư"),
    HEAD(true, "Trưởng đơn vị"),
    DEPUTY_HEAD(false, "Phó Trưởng đơn vị"),
    RESIDENTIAL_GROUP_LEADER(false, "Tổ trưởng tổ dân phố"),
    CIVIL_SERVANT(false, "Công chức"),
    OFFICER(false, "Cán bộ"),
    STAFF(false, "Nhân viên");

    private final boolean head;
    private final String wording;

    PostTitle(boolean head, String wording) {
        this.head = head;
        this.wording = wording;
    }

    /** Whether the post leads its organization, which has one such post filled on any day. */
    public boolean head() {
        return head;
    }

    /** The wording a post of this kind gets when none is given. */
    String wording() {
        return wording;
    }
}

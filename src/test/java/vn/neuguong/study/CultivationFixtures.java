package vn.neuguong.study;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Leaders and members of their own for the self-cultivation tests, in phường Gia Thụy (Long Biên), which the demo
 * gives no ward Bí thư: an active member of its cell no. 1 made Bí thư Đảng ủy, another member of that cell, each
 * with an account. Made once per database; the demo plans of Bồ Đề are left alone.
 */
record CultivationFixtures(JdbcClient jdbc) {

    static final String WARD = "Đảng ủy phường Gia Thụy";
    static final String LEADER = "test.cultivation.leader";
    static final String MEMBER = "test.cultivation.member";

    long ward() {
        return jdbc.sql("SELECT id FROM organization WHERE name = :name AND closed_on IS NULL")
                .param("name", WARD)
                .query(Long.class)
                .single();
    }

    /** The test leader's account exists, and the leader holds the ward's Bí thư post from its 2020 congress. */
    void prepare() {
        long ward = ward();
        long cell = jdbc.sql(
                        "SELECT id FROM organization WHERE parent_id = :ward AND kind = 'CELL' AND closed_on IS NULL"
                                + " ORDER BY path LIMIT 1")
                .param("ward", ward)
                .query(Long.class)
                .single();
        var members = jdbc.sql("SELECT id FROM member WHERE cell_id = :cell AND status = 'ACTIVE' ORDER BY id"
                        + " OFFSET 2 LIMIT 2")
                .param("cell", cell)
                .query(Long.class)
                .list();
        account(LEADER, members.get(0));
        account(MEMBER, members.get(1));
        jdbc.sql("INSERT INTO member_position (member_id, organization_id, title, note, started_on)"
                        + " SELECT :m, :ward, 'SECRETARY', 'Bí thư Đảng ủy phường Gia Thụy', :since WHERE NOT EXISTS"
                        + " (SELECT 1 FROM member_position WHERE organization_id = :ward AND title = 'SECRETARY')")
                .param("m", members.get(0))
                .param("ward", ward)
                .param("since", LocalDate.of(2020, 6, 11))
                .update();
    }

    private void account(String username, long member) {
        jdbc.sql("INSERT INTO account (username, display_name, password_hash, member_id) SELECT :u, :u, 'x', :m"
                        + " WHERE NOT EXISTS (SELECT 1 FROM account WHERE username = :u)")
                .param("u", username)
                .param("m", member)
                .update();
        jdbc.sql(
                        "INSERT INTO account_role (account_id, role) SELECT a.id, 'MEMBER' FROM account a WHERE a.username = :u"
                                + " AND NOT EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id)")
                .param("u", username)
                .update();
    }

    String memberName(String username) {
        return jdbc.sql("SELECT m.full_name FROM account a JOIN member m ON m.id = a.member_id WHERE a.username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }
}

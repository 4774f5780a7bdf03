package vn.neuguong.member;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;

/** Demo accounts and demo organizations for the roster tests, looked up the way a caller would find them. */
public record MemberTestSupport(UserDetailsService accounts, JdbcClient jdbc) {

    public Actor actor(String username) {
        return ((ActorPrincipal) accounts.loadUserByUsername(username)).actor();
    }

    public RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    public long organization(String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = :name AND closed_on IS NULL")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    public long cell(String ward, int number) {
        return jdbc.sql("SELECT c.id FROM organization c JOIN organization w ON w.id = c.parent_id "
                        + "WHERE w.name = :ward AND c.name = :cell")
                .param("ward", "Đảng ủy phường " + ward)
                .param("cell", "Chi bộ Tổ dân phố số " + number)
                .query(Long.class)
                .single();
    }

    /** An active member of the cell who holds no position, so tests can change it freely. */
    public long plainMember(String ward, int cellNumber) {
        return jdbc.sql("""
                        SELECT m.id FROM member m WHERE m.cell_id = :cell AND m.status = 'ACTIVE'
                          AND NOT EXISTS (SELECT 1 FROM member_position p WHERE p.member_id = m.id)
                          AND NOT EXISTS (SELECT 1 FROM account a WHERE a.member_id = m.id)
                        ORDER BY m.id DESC LIMIT 1
                        """)
                .param("cell", cell(ward, cellNumber))
                .query(Long.class)
                .single();
    }

    /** The member holding the party card. */
    public long memberWithCard(String card) {
        return jdbc.sql("SELECT id FROM member WHERE party_card_no = :card")
                .param("card", card)
                .query(Long.class)
                .single();
    }

    public String cardOf(long memberId) {
        return jdbc.sql("SELECT party_card_no FROM member WHERE id = :id")
                .param("id", memberId)
                .query(String.class)
                .single();
    }

    public long auditRows(String entityId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'Member' AND entity_id = :id")
                .param("id", entityId)
                .query(Long.class)
                .single();
    }
}

package vn.neuguong.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts and the roles they hold. */
@Repository
public class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            long id,
            String username,
            String displayName,
            String passwordHash,
            Long memberId,
            boolean enabled,
            boolean locked) {}

    record RoleRow(Role role, Long organizationId) {}

    Optional<Row> findByUsername(String username) {
        return jdbc.sql("""
                        SELECT id, username, display_name, password_hash, member_id, enabled,
                               coalesce(locked_until > now(), false) AS locked
                        FROM account WHERE lower(username) = lower(:username)
                        """).param("username", username).query(Row.class).optional();
    }

    Optional<Row> findById(long id) {
        return jdbc.sql("""
                        SELECT id, username, display_name, password_hash, member_id, enabled,
                               coalesce(locked_until > now(), false) AS locked
                        FROM account WHERE id = :id
                        """).param("id", id).query(Row.class).optional();
    }

    Actor actorOf(Row row) {
        List<RoleRow> roles = jdbc.sql("SELECT role, organization_id FROM account_role WHERE account_id = :id")
                .param("id", row.id())
                .query((rs, n) -> new RoleRow(Role.valueOf(rs.getString(1)), (Long) rs.getObject(2)))
                .list();
        var roleSet = EnumSet.noneOf(Role.class);
        roles.forEach(r -> roleSet.add(r.role()));
        return new Actor(
                row.id(),
                row.username(),
                row.displayName(),
                java.util.Set.copyOf(roleSet),
                roles.stream()
                        .filter(r -> r.role() == Role.STAFF)
                        .map(RoleRow::organizationId)
                        .toList(),
                roles.stream()
                        .filter(r -> r.role() == Role.SECRETARY)
                        .map(RoleRow::organizationId)
                        .toList(),
                row.memberId());
    }

    /** Creates an account with its roles; returns its id. Used by the administrator's form and the demo data. */
    public long create(NewAccount account, String passwordHash) {
        long id = jdbc.sql("""
                        INSERT INTO account (username, display_name, password_hash, email, member_id)
                        VALUES (:username, :displayName, :hash, :email, :memberId) RETURNING id
                        """)
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("hash", passwordHash)
                .param("email", account.email())
                .param("memberId", account.memberId())
                .query(Long.class)
                .single();
        for (var grant : account.grants()) {
            jdbc.sql("INSERT INTO account_role (account_id, role, organization_id) VALUES (:id, :role, :org)")
                    .param("id", id)
                    .param("role", grant.role().name())
                    .param("org", grant.organizationId())
                    .update();
        }
        return id;
    }

    public boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    /** A new account: its roles, each with the organization it is held for (none for admin and member). */
    public record NewAccount(String username, String displayName, String email, Long memberId, List<Grant> grants) {}

    public record Grant(Role role, Long organizationId) {}
}

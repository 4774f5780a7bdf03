package vn.neuguong.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.Role;

/** The accounts and the roles they hold. */
@Repository
public class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, String username, String displayName, String passwordHash, Long memberId, boolean enabled) {}

    record RoleRow(Role role, Long organizationId) {}

    Optional<Row> findByUsername(String username) {
        return jdbc.sql("""
                        SELECT id, username, display_name, password_hash, member_id, enabled
                        FROM account WHERE lower(username) = lower(:username)
                        """).param("username", username).query(Row.class).optional();
    }

    Optional<Row> findById(long id) {
        return jdbc.sql("""
                        SELECT id, username, display_name, password_hash, member_id, enabled
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

    /** The kind of an organization (COMMITTEE, CELL, ...), empty if there is no such organization. */
    Optional<String> organizationKind(long organizationId) {
        return jdbc.sql("SELECT k.kind FROM (SELECT " + TreeSql.kind(":id") + " AS kind) k WHERE k.kind IS NOT NULL")
                .param("id", organizationId)
                .query(String.class)
                .optional();
    }

    /** Something a form lets the administrator pick by name: an organization or a party member. */
    record Choice(long id, String label) {}

    /**
     * The open organizations an account may act on, cells or the others, named as pages name them (a cell with its
     * ward) and in Vietnamese alphabetical order.
     */
    List<Choice> organizationChoices(boolean cells) {
        String label = TreeSql.label("o.id");
        return jdbc.sql("SELECT o.id, " + label + " AS label FROM (" + TreeSql.openIds(":cells") + ") o" + " ORDER BY "
                        + label + " COLLATE vi_icu, o.id")
                .param("cells", cells)
                .query(Choice.class)
                .list();
    }

    /** The kinds of the open units (Front, mass organizations, government) by id, so the scope picker can name them. */
    java.util.Map<Long, String> unitKinds() {
        var kinds = new java.util.HashMap<Long, String>();
        jdbc.sql("SELECT o.id, o.kind FROM " + TreeSql.open("o") + " WHERE NOT " + TreeSql.partyKind("o.kind"))
                .query((rs, n) -> kinds.put(rs.getLong("id"), rs.getString("kind")))
                .list();
        return kinds;
    }

    /** Members whose name or party card number contains the text, diacritics ignored, for the member picker. */
    List<Choice> memberChoices(String text, int limit) {
        return jdbc.sql(MemberSql.choices(MemberSql.nameContains(":text")) + " LIMIT :limit")
                .param("text", text.strip())
                .param("limit", limit)
                .query(Choice.class)
                .list();
    }

    /** The members a name or a party card number designates exactly (diacritics and case ignored). */
    List<Choice> membersNamed(String text) {
        return jdbc.sql(MemberSql.choices(MemberSql.designatedBy(":text")) + " LIMIT 20")
                .param("text", text.strip())
                .query(Choice.class)
                .list();
    }

    Optional<Choice> memberChoice(long id) {
        return jdbc.sql(MemberSql.choices(MemberSql.hasId(":id")))
                .param("id", id)
                .query(Choice.class)
                .optional();
    }

    boolean memberExists(long memberId) {
        return jdbc.sql("SELECT " + MemberSql.exists(":id"))
                .param("id", memberId)
                .query(Boolean.class)
                .single();
    }

    void changePassword(long id, String passwordHash) {
        jdbc.sql("""
                        UPDATE account SET password_hash = :hash, password_changed_at = now() WHERE id = :id
                        """).param("id", id).param("hash", passwordHash).update();
    }

    void changeLanguage(long id, String language) {
        jdbc.sql("UPDATE account SET locale = :language WHERE id = :id")
                .param("id", id)
                .param("language", language)
                .update();
    }

    void enable(long id, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = :enabled WHERE id = :id")
                .param("id", id)
                .param("enabled", enabled)
                .update();
    }

    /**
     * The display names of the accounts with these usernames (exactly as written), keyed by username; names of no
     * account are left out. For lists that show who did something.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("SELECT username, display_name FROM account WHERE username IN (:names)")
                .param("names", List.copyOf(new HashSet<>(usernames)))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Whom an e-mail goes to: the address, the name to greet, and the language the account reads ({@code vi} or
     * {@code en}).
     */
    public record MailRecipient(long id, String email, String displayName, String language) {}

    /** The recipients of the enabled accounts with an e-mail address among these ids, keyed by account id. */
    public Map<Long, MailRecipient> mailRecipients(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        SELECT id, email, display_name, locale AS language FROM account
                        WHERE id IN (:ids) AND enabled AND coalesce(email, '') <> ''
                        """)
                .param("ids", List.copyOf(new HashSet<>(accountIds)))
                .query(MailRecipient.class)
                .list()
                .stream()
                .collect(Collectors.toMap(MailRecipient::id, r -> r));
    }

    /** The id of the account with this username (case ignored). */
    public Optional<Long> idOf(String username) {
        return findByUsername(username).map(Row::id);
    }

    public boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    /** A new account: its roles, each with the organization it is held for (none for admin and member). */
    public record NewAccount(String username, String displayName, String email, Long memberId, List<Grant> grants) {}

    public record Grant(Role role, Long organizationId) {}
}

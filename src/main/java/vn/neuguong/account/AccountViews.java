package vn.neuguong.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.shared.Role;

/** Accounts as the pages and the API read them: one, or a page of the list in username order. */
@Repository
class AccountViews {

    private static final String SELECT = """
            SELECT a.id, a.username, a.display_name, a.email, a.member_id, a.enabled, a.password_changed_at, a.locale
            FROM account a""";

    /** Username or display name contains {@code :q}, diacritics and case ignored. */
    private static final String MATCHES = " WHERE (fold_vi(a.username) LIKE '%' || fold_vi(:q) || '%'"
            + " OR fold_vi(a.display_name) LIKE '%' || fold_vi(:q) || '%')";

    private final JdbcClient jdbc;

    AccountViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountView> view(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id")
                .param("id", id)
                .query(this::toView)
                .optional()
                .map(account -> withRoles(account, roles(List.of(id))));
    }

    /** The accounts whose username or display name contains {@code q} (all for a blank one), in username order. */
    Page<AccountView> page(String q, PageRequest request) {
        String text = q == null ? "" : q.strip();
        String where = text.isEmpty() ? "" : MATCHES;
        long total = jdbc.sql("SELECT count(*) FROM account a" + where)
                .param("q", text)
                .query(Long.class)
                .single();
        var accounts = jdbc.sql(SELECT + where + " ORDER BY a.username" + request.limitOffset())
                .param("q", text)
                .query(this::toView)
                .list();
        var roles = roles(accounts.stream().map(AccountView::id).toList());
        return Page.of(accounts.stream().map(a -> withRoles(a, roles)).toList(), request, total);
    }

    private AccountView toView(ResultSet rs, int row) throws SQLException {
        var changed = rs.getObject("password_changed_at", OffsetDateTime.class);
        return new AccountView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                (Long) rs.getObject("member_id"),
                rs.getBoolean("enabled"),
                changed.toInstant(),
                rs.getString("locale"),
                List.of());
    }

    private static AccountView withRoles(AccountView a, Map<Long, List<AccountView.RoleView>> roles) {
        return new AccountView(
                a.id(),
                a.username(),
                a.displayName(),
                a.email(),
                a.memberId(),
                a.enabled(),
                a.passwordChangedAt(),
                a.language(),
                roles.getOrDefault(a.id(), List.of()));
    }

    private record AccountRole(long accountId, AccountView.RoleView role) {}

    /** The roles of these accounts, each with the name of the organization it is held for, keyed by account. */
    private Map<Long, List<AccountView.RoleView>> roles(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        String name = TreeSql.name("r.organization_id");
        return jdbc
                .sql("SELECT r.account_id, r.role, r.organization_id, " + name + " FROM account_role r"
                        + " WHERE r.account_id IN (:ids) ORDER BY r.role, " + name + " COLLATE vi_icu")
                .param("ids", accountIds)
                .query((rs, n) -> new AccountRole(
                        rs.getLong(1),
                        new AccountView.RoleView(
                                Role.valueOf(rs.getString(2)), (Long) rs.getObject(3), rs.getString(4))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        AccountRole::accountId, Collectors.mapping(AccountRole::role, Collectors.toList())));
    }
}

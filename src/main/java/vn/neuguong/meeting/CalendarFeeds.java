package vn.neuguong.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.account.AccountSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.web.TimeConfiguration;

/**
 * The personal calendar feed of an account: one random token per account, kept only as its SHA-256, handed out once
 * when made; a new one replaces the old one, and revoking removes it. The feed is read only while its account may
 * sign in, so disabling an account closes its feed at once.
 */
@Component
class CalendarFeeds {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the account has a feed, and since which day. */
    @Schema(name = "CalendarFeedStatus")
    record Status(boolean exists, @Schema(nullable = true) LocalDate createdOn) {}

    /** The feed just made: its address, shown this once. */
    @Schema(name = "CalendarFeedAddress")
    record Created(String url, LocalDate createdOn) {}

    Status status(Actor actor) {
        return jdbc.sql("SELECT created_on FROM meeting_calendar_feed WHERE account_id = :a")
                .param("a", actor.accountId())
                .query(LocalDate.class)
                .optional()
                .map(day -> new Status(true, day))
                .orElse(new Status(false, null));
    }

    /** Makes a new token for the account, replacing the one it had; answers the token. */
    @Transactional
    String renew(Actor actor) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        boolean replaced = jdbc.sql("DELETE FROM meeting_calendar_feed WHERE account_id = :a")
                        .param("a", actor.accountId())
                        .update()
                > 0;
        jdbc.sql("INSERT INTO meeting_calendar_feed (account_id, token_hash, created_on) VALUES (:a, :h, :day)")
                .param("a", actor.accountId())
                .param("h", hash(token))
                .param("day", today)
                .update();
        var record = Map.of("accountId", actor.accountId(), "createdOn", today);
        if (replaced) {
            audit.updated("CalendarFeed", actor.accountId(), null, null, record);
        } else {
            audit.created("CalendarFeed", actor.accountId(), null, record);
        }
        return token;
    }

    /** Removes the account's feed, if it has one. */
    @Transactional
    void revoke(Actor actor) {
        int removed = jdbc.sql("DELETE FROM meeting_calendar_feed WHERE account_id = :a")
                .param("a", actor.accountId())
                .update();
        if (removed > 0) {
            audit.deleted("CalendarFeed", actor.accountId(), null, Map.of("accountId", actor.accountId()));
        }
    }

    /** The account a feed belongs to, with its member (null for an account that is no member's). */
    record Owner(long accountId, Long memberId) {}

    /** The owner of the feed the token opens: empty for a malformed, unknown or revoked token or a disabled account. */
    Optional<Owner> ownerOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT f.account_id, " + AccountSql.enabledMemberOf("f.account_id") + " AS member_id"
                        + " FROM meeting_calendar_feed f WHERE f.token_hash = :h AND "
                        + AccountSql.enabled("f.account_id"))
                .param("h", hash(token))
                .query((rs, n) -> new Owner(rs.getLong("account_id"), rs.getObject("member_id", Long.class)))
                .optional();
    }

    static String hash(String token) {
        return vn.neuguong.shared.Digests.sha256Hex(token);
    }
}

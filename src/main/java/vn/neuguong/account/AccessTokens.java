package vn.neuguong.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.account.AccountChanged.Change;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * Personal access tokens for the JSON API. The token text ({@value #PREFIX} + 32 random bytes, url-safe base64) is
 * handed out once; only its SHA-256 and its first characters are kept.
 */
@Repository
class AccessTokens {

    static final String PREFIX = "ng_";
    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final String ENTITY = "access_token";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int SHOWN_CHARACTERS = 10;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessTokens(JdbcClient jdbc, ApplicationEventPublisher events, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Today in Vietnam, by the application's clock. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    Instant now() {
        return clock.instant();
    }

    /** A token as its owner sees it in the list; the token text itself is never shown again. */
    record TokenView(
            long id,
            String name,
            String prefix,
            Instant createdAt,
            @Schema(nullable = true) Instant lastUsedAt,
            Instant expiresAt,
            @Schema(nullable = true) Instant revokedAt) {

        /** Neither revoked nor expired at {@code now}. */
        public boolean activeAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A token just created: {@code token} is the only time its text is available. */
    record NewToken(TokenView view, String token) {}

    /**
     * What the user asks for.
     *
     * @param expiresOn the day the token stops working (at midnight, Vietnam time): required, after today and no
     *     later than {@link SecurityProperties#tokenMaxLifetime()} from today
     */
    record TokenRequest(
            @Schema(maxLength = 100)
            @NotBlank(message = "validation.required")
            @Size(max = 100, message = "validation.tooLong")
            String name,

            @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate expiresOn) {}

    /**
     * What is wrong with a request beyond its annotations (the expiry against today and the longest lifetime); a
     * missing value is left to the annotations, so that a form shows both kinds in one round.
     */
    List<FieldError> problems(TokenRequest request) {
        var errors = new ArrayList<FieldError>();
        if (request.expiresOn() == null) {
            return errors;
        }
        if (!request.expiresOn().isAfter(today())) {
            errors.add(new FieldError("expiresOn", "account.token.expiryInPast", null, request.expiresOn()));
        } else if (request.expiresOn().isAfter(latestExpiry())) {
            errors.add(new FieldError("expiresOn", "account.token.expiryTooLate", null, request.expiresOn()));
        }
        return errors;
    }

    @Transactional
    NewToken create(long accountId, TokenRequest request) {
        var errors = problems(request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String name = request.name().trim();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = request.expiresOn().atStartOfDay(ZONE).toInstant();
        long id = jdbc.sql("""
                        INSERT INTO access_token (account_id, name, token_hash, prefix, expires_at)
                        VALUES (:account, :name, :hash, :prefix, :expires) RETURNING id
                        """)
                .param("account", accountId)
                .param("name", name)
                .param("hash", hash(token))
                .param("prefix", token.substring(0, SHOWN_CHARACTERS))
                .param("expires", java.sql.Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
        var view = find(accountId, id).orElseThrow();
        events.publishEvent(new AccountChanged(Change.CREATED, ENTITY, id, null, view));
        return new NewToken(view, token);
    }

    /** The last day a token created today may expire on. */
    LocalDate latestExpiry() {
        return today().plusDays(maxLifetimeDays());
    }

    long maxLifetimeDays() {
        return properties.tokenMaxLifetime().toDays();
    }

    /** A page of the account's tokens: the live ones first, the newest first. */
    Page<TokenView> list(long accountId, PageRequest request) {
        long total = jdbc.sql("SELECT count(*) FROM access_token WHERE account_id = :account")
                .param("account", accountId)
                .query(Long.class)
                .single();
        var tokens = jdbc.sql(SELECT + " WHERE account_id = :account"
                        + " ORDER BY revoked_at NULLS FIRST, created_at DESC, id DESC" + request.limitOffset())
                .param("account", accountId)
                .query(TokenView.class)
                .list();
        return Page.of(tokens, request, total);
    }

    /** Revokes one of the account's own tokens; another account's token is not found. */
    @Transactional
    TokenView revoke(long accountId, long id) {
        var before = find(accountId, id).orElseThrow(() -> new NotFoundException("Access token", id));
        if (before.revokedAt() != null) {
            return before;
        }
        jdbc.sql("UPDATE access_token SET revoked_at = now() WHERE id = :id")
                .param("id", id)
                .update();
        var after = find(accountId, id).orElseThrow();
        events.publishEvent(new AccountChanged(Change.UPDATED, ENTITY, id, before, after));
        return after;
    }

    /** The account a live token belongs to, noting that it has been used; empty for unknown, revoked or expired. */
    Optional<Long> use(String token) {
        return jdbc.sql("""
                        UPDATE access_token SET last_used_at = now()
                        WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > now()
                        RETURNING account_id
                        """).param("hash", hash(token)).query(Long.class).optional();
    }

    private Optional<TokenView> find(long accountId, long id) {
        return jdbc.sql(SELECT + " WHERE account_id = :account AND id = :id")
                .param("account", accountId)
                .param("id", id)
                .query(TokenView.class)
                .optional();
    }

    private static final String SELECT =
            "SELECT id, name, prefix, created_at, last_used_at, expires_at, revoked_at FROM access_token";

    static String hash(String token) {
        return vn.neuguong.shared.Digests.sha256Hex(token);
    }
}

package vn.neuguong.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/** What each account wants, per kind and channel. A kind without a row is on for both channels. */
@Repository
class NotificationPreferences {

    /** In-app does not apply to the daily digest, which is an e-mail only. */
    record Preference(NotificationKind kind, boolean inApp, boolean email) {}

    /**
     * A change as it arrives from a form or the API: Bean Validation checks that each part is there, {@link #change}
     * that the kind is known and listed once.
     */
    record PreferenceChange(
            @NotBlank(message = "validation.required") String kind,
            @NotNull(message = "validation.required") Boolean inApp,
            @NotNull(message = "validation.required") Boolean email) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    NotificationPreferences(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One preference per kind, in the order of {@link NotificationKind}. */
    List<Preference> of(long accountId) {
        Map<NotificationKind, Preference> stored = new EnumMap<>(NotificationKind.class);
        jdbc.sql("SELECT kind, in_app, email FROM notification_preference WHERE account_id = :account")
                .param("account", accountId)
                .query((rs, n) ->
                        new Preference(NotificationKind.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getBoolean(3)))
                .list()
                .forEach(p -> stored.put(p.kind(), p));
        return Arrays.stream(NotificationKind.values())
                .map(kind -> stored.getOrDefault(kind, new Preference(kind, true, true)))
                .toList();
    }

    /** Changes the listed kinds and leaves the others as they were; returns all preferences after the change. */
    @Transactional
    List<Preference> change(long accountId, List<PreferenceChange> changes) {
        List<Preference> valid = validate(changes);
        List<Preference> before = of(accountId);
        for (var preference : valid) {
            jdbc.sql("""
                            INSERT INTO notification_preference (account_id, kind, in_app, email)
                            VALUES (:account, :kind, :inApp, :email)
                            ON CONFLICT (account_id, kind) DO UPDATE SET in_app = excluded.in_app, email = excluded.email
                            """)
                    .param("account", accountId)
                    .param("kind", preference.kind().name())
                    .param("inApp", preference.inApp())
                    .param("email", preference.email())
                    .update();
        }
        List<Preference> after = of(accountId);
        if (!after.equals(before)) {
            audit.updated("notification_preference", accountId, null, before, after);
        }
        return after;
    }

    private static List<Preference> validate(List<PreferenceChange> changes) {
        var errors = new ArrayList<FieldError>();
        var result = new ArrayList<Preference>();
        var seen = new HashSet<NotificationKind>();
        for (int i = 0; i < changes.size(); i++) {
            var change = changes.get(i);
            String prefix = "preferences[" + i + "].";
            NotificationKind kind = parse(change.kind());
            if (kind == null) {
                errors.add(
                        new FieldError(prefix + "kind", "notification.preferences.unknownKind", null, change.kind()));
            } else if (!seen.add(kind)) {
                errors.add(
                        new FieldError(prefix + "kind", "notification.preferences.duplicateKind", null, change.kind()));
            }
            if (kind != null) {
                result.add(new Preference(kind, change.inApp(), change.email()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result;
    }

    private static NotificationKind parse(String kind) {
        if (kind == null) {
            return null;
        }
        try {
            return NotificationKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.notification.NoticeText;
import vn.neuguong.notification.NotificationKind;
import vn.neuguong.organization.TreeSql;

/**
 * The obligation reminders as they were sent before they were set-based, kept as the reference that
 * {@link ObligationReminders} is compared with (ObligationReminderNoticesIntegrationTests) and timed against
 * (RemindersBench): the open obligations read once per kind of reminder, then one {@code INSERT} per obligation, the
 * words built in Java, the recipients, preferences and dedup of the notification module's insert of that time,
 * written out here so that the comparison does not share the code it checks.
 */
final class PerObligationReminders {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The notification module's insert as it was, for the accounts acting for the organizations {@code :ids}. */
    private static final String INSERT = """
            INSERT INTO notification (account_id, kind, title, body, message_key, message_args, link, dedup_key,
                                      in_app)
            SELECT r.account_id, :kind, :title, :body, :key, CAST(:args AS jsonb), :link, :dedup,
                   coalesce(p.in_app, true)
            FROM (SELECT DISTINCT account_r.account_id FROM account_role account_r
                  WHERE account_r.role IN ('STAFF', 'SECRETARY') AND account_r.organization_id IN (:ids)) r
            LEFT JOIN notification_preference p ON p.account_id = r.account_id AND p.kind = :kind
            WHERE EXISTS (SELECT 1 FROM account account_e WHERE account_e.id = r.account_id AND account_e.enabled)
              AND (coalesce(p.in_app, true) OR (:mail AND coalesce(p.email, true)
                   AND EXISTS (SELECT 1 FROM account account_m WHERE account_m.id = r.account_id
                               AND account_m.enabled AND coalesce(account_m.email, '') <> '')))
            ON CONFLICT (account_id, dedup_key) DO NOTHING
            """;

    record Open(
            long id,
            long campaignId,
            String campaignTitle,
            long organizationId,
            String organizationName,
            ObligationKind kind,
            String label,
            LocalDate dueOn,
            LocalDate periodStartsOn,
            LocalDate periodEndsOn) {}

    /** What a run did: the notices stored, and the obligations for which none was. */
    record Run(int sent, int skipped, int obligations) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final List<Integer> daysBefore;
    private final boolean mail;

    PerObligationReminders(JdbcClient jdbc, JsonMapper json, List<Integer> daysBefore, boolean mail) {
        this.jdbc = jdbc;
        this.json = json;
        this.daysBefore = daysBefore;
        this.mail = mail;
    }

    /** The reminders of {@code today} for the obligations with ids from {@code first} to {@code last}. */
    Run runReminders(LocalDate today, long first, long last) {
        int sent = 0;
        int skipped = 0;
        int obligations = 0;
        for (int days : daysBefore.stream().distinct().toList()) {
            for (var open : open("ob.due_on = :day", today.plusDays(days), first, last)) {
                int stored = send(
                        open,
                        NotificationKind.OBLIGATION_DUE,
                        "campaign.reminder.due",
                        "obligation-due:" + open.id() + ":" + days);
                sent += stored;
                skipped += stored == 0 ? 1 : 0;
                obligations++;
            }
        }
        for (var open : open(ObligationStatus.lastOnTimeSql("ob") + " < :day", today, first, last)) {
            int stored = send(
                    open,
                    NotificationKind.OBLIGATION_OVERDUE,
                    "campaign.reminder.overdue",
                    "obligation-overdue:" + open.id());
            sent += stored;
            skipped += stored == 0 ? 1 : 0;
            obligations++;
        }
        return new Run(sent, skipped, obligations);
    }

    private List<Open> open(String condition, LocalDate day, long first, long last) {
        return jdbc.sql("SELECT ob.id, ob.campaign_id, c.title AS campaign_title, ob.organization_id, "
                        + TreeSql.name("ob.organization_id")
                        + " AS organization_name, ob.kind, r.label, ob.due_on, ob.period_starts_on, ob.period_ends_on"
                        + " FROM obligation ob JOIN campaign c ON c.id = ob.campaign_id AND c.status = 'LAUNCHED' "
                        + "JOIN campaign_requirement r ON r.id = ob.requirement_id "
                        + "WHERE ob.fulfilled_on IS NULL AND NOT ob.awaiting_event AND " + condition
                        + " AND NOT EXISTS (SELECT 1 FROM obligation k WHERE k.refines_obligation_id = ob.id)"
                        + " AND ob.id BETWEEN :first AND :last ORDER BY ob.id")
                .param("day", day)
                .param("first", first)
                .param("last", last)
                .query(Open.class)
                .list();
    }

    private static String label(Open open) {
        String label = open.label() == null ? "" : " " + open.label();
        return open.periodStartsOn() == null
                ? label
                : label + " (" + Periods.label(open.periodStartsOn(), open.periodEndsOn(), VIETNAMESE) + ")";
    }

    private int send(Open open, NotificationKind kind, String key, String dedupKey) {
        var text = NoticeText.of(
                key,
                NoticeText.message("campaign.kind." + open.kind()),
                NoticeText.text(label(open)),
                NoticeText.day(open.dueOn()),
                NoticeText.text(open.campaignTitle()),
                NoticeText.text(open.organizationName()));
        return jdbc.sql(INSERT)
                .param("kind", kind.name())
                .param("title", null)
                .param("body", null)
                .param("key", text.key())
                .param("args", json.writeValueAsString(text.arguments()))
                .param("link", "/campaigns/obligations?campaignId=" + open.campaignId())
                .param("dedup", dedupKey)
                .param("ids", List.of(open.organizationId()))
                .param("mail", mail)
                .update();
    }
}

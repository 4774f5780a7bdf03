package vn.neuguong.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.neuguong.shared.Page;
import vn.neuguong.web.Formats;

/**
 * Tells each audit row as a sentence in the reader's language: who did what to which record, and on which day
 * ("Văn phòng Đảng ủy phường Văn Miếu đánh dấu hoàn thành 'Hội nghị học tập' ngày 25/09/2026"). A few changes have
 * sentences of their own (an obligation marked done, a campaign launched, a rename, a closure); any other is told
 * as created, changed or deleted.
 */
@Component
class AuditSentences {

    /** The fields a record's JSON names it by, in order of preference. */
    private static final List<String> NAME_FIELDS =
            List.of("name", "title", "fullName", "number", "username", "filename", "label", "kind");

    private final MessageSource messages;
    private final Formats formats;

    AuditSentences(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    Page<AuditEntries.Entry> tell(Page<AuditEntries.Entry> page, Locale locale) {
        return page.map(entry -> entry.told(sentence(entry, locale)));
    }

    String sentence(AuditEntries.Entry entry, Locale locale) {
        String actor = "system".equals(entry.actor()) ? text("audit.actor.system", locale) : entry.actorName();
        String noun = messages.getMessage("audit.entity." + entry.entityType(), null, entry.entityType(), locale);
        String subject = subject(entry, locale);
        String day = formats.date(entry.occurredAt());
        JsonNode after = entry.after();
        JsonNode before = entry.before();
        if (entry.entityType().equals("Obligation") && text(after, "fulfilledOn") != null) {
            return text("audit.said.obligationDone", locale, actor, noun, subject, date(after, "fulfilledOn", day));
        }
        if (entry.entityType().equals("Campaign") && after != null && after.has("obligations")) {
            String count = formats.number(after.get("obligations").asLong());
            return text("audit.said.campaignLaunched", locale, actor, noun, subject, day, count);
        }
        if (entry.entityType().equals("Organization") && before != null && after != null) {
            if (text(after, "closedOn") != null && text(before, "closedOn") == null) {
                return text("audit.said.closed", locale, actor, noun, subject, date(after, "closedOn", day));
            }
            String oldName = text(before, "name");
            String newName = text(after, "name");
            if (oldName != null && newName != null && !Objects.equals(oldName, newName)) {
                return text("audit.said.renamed", locale, actor, oldName, newName, day);
            }
        }
        return text("audit.said." + entry.action(), locale, actor, noun, subject, day);
    }

    private String subject(AuditEntries.Entry entry, Locale locale) {
        if (entry.subject() != null && !entry.subject().isBlank()) {
            return entry.subject();
        }
        if (entry.subjectKey() != null) {
            return messages.getMessage(entry.subjectKey(), null, entry.subjectKey(), locale);
        }
        for (JsonNode value : new JsonNode[] {entry.after(), entry.before()}) {
            for (String field : NAME_FIELDS) {
                String name = text(value, field);
                if (name != null) {
                    return name;
                }
            }
        }
        return "#" + entry.entityId();
    }

    private String date(JsonNode value, String field, String otherwise) {
        try {
            return formats.date(LocalDate.parse(text(value, field)));
        } catch (DateTimeParseException notADate) {
            return otherwise;
        }
    }

    private static String text(JsonNode value, String field) {
        if (value == null
                || !value.has(field)
                || value.get(field).isNull()
                || value.get(field).isContainer()) {
            return null;
        }
        return value.get(field).asString();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

package vn.neuguong.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each line's rule in words, as the campaign page shows it: "chậm nhất ngày 30/05/2023" or "trước ngày 30/05/2023",
 * "trong tháng 01 và 02-2025", "chậm nhất 7 ngày sau Hội nghị", "hằng tháng", "ít nhất 1 quý mỗi năm".
 */
@Component
class RequirementWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    RequirementWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The words of every line of a campaign, by line id. */
    Map<Long, String> of(List<Requirement> lines, Locale locale) {
        var byId = new LinkedHashMap<Long, Requirement>();
        lines.forEach(line -> byId.put(line.id(), line));
        var words = new LinkedHashMap<Long, String>();
        lines.forEach(line -> words.put(line.id(), of(line, byId, locale)));
        return words;
    }

    private String of(Requirement line, Map<Long, Requirement> lines, Locale locale) {
        String due = text(
                line.dueDayOnTime() ? "campaign.rule.byDay" : "campaign.rule.beforeDay", locale, day(line.dueOn()));
        return switch (line.recurrence()) {
            case ONCE -> due;
            case WINDOW ->
                window(line.windowStartsOn(), line.dueOn(), locale) + (line.dueDayOnTime() ? "" : ", " + due);
            case AFTER_EVENT ->
                text(
                                line.dueDayOnTime() ? "campaign.rule.daysAfter" : "campaign.rule.withinDaysAfter",
                                locale,
                                line.daysAfter(),
                                event(lines.get(line.afterRequirementId()), locale))
                        + ", " + text("campaign.rule.latest", locale, day(line.dueOn()));
            case MONTHLY, QUARTERLY ->
                text("campaign.rule." + line.recurrence(), locale)
                        + ", "
                        + text(
                                line.dueDayOnTime() ? "campaign.rule.periodEnd" : "campaign.rule.beforePeriodEnd",
                                locale)
                        + ", " + text("campaign.rule.until", locale, day(line.dueOn()));
            case QUOTA ->
                text(
                        "campaign.rule.quota",
                        locale,
                        line.quota(),
                        text("campaign.quotaUnit." + line.quotaUnit(), locale),
                        text("campaign.quotaPeriod." + line.quotaPeriod(), locale));
        };
    }

    /** A window of whole months of one year reads "trong tháng 01 và 02-2025"; any other, from day to day. */
    private String window(LocalDate from, LocalDate to, Locale locale) {
        boolean wholeMonths = from.getDayOfMonth() == 1
                && to.equals(to.withDayOfMonth(to.lengthOfMonth()))
                && from.getYear() == to.getYear();
        if (!wholeMonths) {
            return text("campaign.rule.window", locale, day(from), day(to));
        }
        int first = from.getMonthValue();
        int last = to.getMonthValue();
        String key = first == last
                ? "campaign.rule.month"
                : last == first + 1 ? "campaign.rule.twoMonths" : "campaign.rule.months";
        return text(key, locale, "%02d".formatted(first), "%02d".formatted(last), String.valueOf(to.getYear()));
    }

    private String event(Requirement event, Locale locale) {
        if (event == null) {
            return "";
        }
        return event.label() != null ? event.label() : text("campaign.kind." + event.kind(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String day(LocalDate day) {
        return day.format(DAY);
    }
}

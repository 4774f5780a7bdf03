package vn.neuguong.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.FormErrors;

/** The table of requirement rows the campaign and cascade forms show: filled rows first, then blank ones. */
final class RequirementRows {

    static final int FORM_ROWS = 8;
    static final Pattern PARENT_ERROR = Pattern.compile("requirements\\[(\\d+)]\\.parentRequirementId");

    private RequirementRows() {}

    static List<RequirementForm> blank() {
        return padded(List.of());
    }

    static List<RequirementForm> padded(List<RequirementForm> rows) {
        var padded = new ArrayList<RequirementForm>();
        if (rows != null) {
            rows.stream().filter(r -> r != null && !r.isBlank()).forEach(padded::add);
        }
        while (padded.size() < FORM_ROWS) {
            padded.add(new RequirementForm(null, null, null, null, null));
        }
        return padded;
    }

    static CampaignForm padded(CampaignForm form) {
        return new CampaignForm(
                form.title(),
                form.theme(),
                form.directingDocumentId(),
                form.ownerId(),
                form.targetIds() == null ? List.of() : form.targetIds(),
                form.startsOn(),
                form.endsOn(),
                padded(form.requirements()),
                form.termCampaignId());
    }

    /**
     * What a campaign or cascade form shows: the annotations' findings and the module's rules (which name the value
     * refused), under the names of the controls, in the order of the form.
     */
    static Map<String, String> errors(
            BindingResult binding, InvalidInputException rules, MessageSource messages, Locale locale) {
        var errors = new LinkedHashMap<>(FormErrors.of(binding, messages, locale));
        if (rules != null) {
            FormErrors.of(rules, messages, locale)
                    .forEach((key, text) -> errors.merge(key, text, (a, b) -> a + "; " + b));
        }
        return lineErrors(errors);
    }

    /**
     * The errors of requirement lines under the names of their controls, which are the names the errors carry
     * ({@code requirements[0].kind}). A line's parent is the hidden part of the line its kind shows, so its error goes
     * with the kind.
     */
    static Map<String, String> lineErrors(Map<String, String> errors) {
        var named = new LinkedHashMap<String, String>();
        errors.forEach((key, text) -> {
            var parent = PARENT_ERROR.matcher(key);
            String name = parent.matches() ? "requirements[" + parent.group(1) + "].kind" : key;
            named.merge(name, text, (a, b) -> a + "; " + b);
        });
        var ordered = new LinkedHashMap<String, String>();
        named.keySet().stream()
                .sorted(Comparator.comparingInt((String key) -> rank(key, 0))
                        .thenComparingInt(key -> rank(key, 1))
                        .thenComparingInt(key -> rank(key, 2)))
                .forEach(key -> ordered.put(key, named.get(key)));
        return ordered;
    }

    /** The fields of the campaign and cascade forms in the order the page shows them, for the error summary. */
    private static final List<String> FIELD_ORDER = List.of(
            "title",
            "theme",
            "organizationId",
            "planDocumentId",
            "directingDocumentId",
            "ownerId",
            "targetIds",
            "startsOn",
            "endsOn",
            "termCampaignId",
            "requirements",
            "kind",
            "appliesTo",
            "recurrence",
            "windowStartsOn",
            "dueOn",
            "dueDayOnTime",
            "afterLine",
            "daysAfter",
            "quota",
            "quotaPeriod",
            "quotaUnit",
            "label");

    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)(?:\\[(\\d+)]\\.(\\w+))?");

    /** A key's place: its field (0), its row (1) and the field within the row (2). */
    private static int rank(String key, int part) {
        var m = ROW_FIELD.matcher(key);
        if (!m.matches()) {
            return Integer.MAX_VALUE;
        }
        return switch (part) {
            case 0 -> order(m.group(1));
            case 1 -> m.group(2) == null ? -1 : Integer.parseInt(m.group(2));
            default -> m.group(3) == null ? -1 : order(m.group(3));
        };
    }

    private static int order(String field) {
        int i = FIELD_ORDER.indexOf(field);
        return i < 0 ? FIELD_ORDER.size() : i;
    }
}

package vn.neuguong.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.neuguong.campaign.CampaignForm.RequirementForm;

/** The table of requirement rows the campaign and cascade forms show: filled rows first, then blank ones. */
final class RequirementRows {

    static final int FORM_ROWS = 8;
    static final Pattern LINE_ERROR = Pattern.compile("(\\w+)\\[(\\d+)]");

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
                padded(form.requirements()));
    }

    /**
     * The errors of requirement lines under the names of their controls: {@code kind[0]} is
     * {@code requirements[0].kind}. A line's parent is the hidden part of the line its kind shows, so its error goes
     * with the kind.
     */
    static Map<String, String> lineErrors(Map<String, String> errors) {
        var named = new LinkedHashMap<String, String>();
        errors.forEach((key, text) -> {
            var line = LINE_ERROR.matcher(key);
            String name = !line.matches()
                    ? key
                    : "requirements[" + line.group(2) + "]."
                            + (line.group(1).equals("parentRequirementId") ? "kind" : line.group(1));
            named.merge(name, text, (a, b) -> a + "; " + b);
        });
        return named;
    }
}

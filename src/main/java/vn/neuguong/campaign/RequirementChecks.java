package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * The rules of requirement rows that need no database, each error naming its row's field ({@link #line}):
 * there is a row; each is due within the campaign's dates; a window starts by its end and within the campaign; a
 * line due after an event names an earlier row and its days; a quota has its period and unit and asks no more than
 * the units its period holds. A monthly or quarterly line on a campaign shorter than one period owes one period.
 */
final class RequirementChecks {

    private RequirementChecks() {}

    /**
     * An error of one row's field, named as the caller wrote it ({@code requirements[1].windowStartsOn}), as Bean
     * Validation names the rows' own annotations; the error's {@code row} is kept for the rows of imported files.
     */
    static FieldError line(int row, String field, String message, Object rejectedValue) {
        return new FieldError("requirements[" + row + "]." + field, message, null, rejectedValue);
    }

    static List<FieldError> check(List<RequirementForm> rows, LocalDate startsOn, LocalDate endsOn) {
        var errors = new ArrayList<FieldError>();
        if (rows.isEmpty()) {
            errors.add(new FieldError("requirements", "campaign.requirements.none"));
        }
        for (int i = 0; i < rows.size(); i++) {
            check(rows.get(i), i, startsOn, endsOn, errors);
        }
        return errors;
    }

    private static void check(
            RequirementForm row, int i, LocalDate startsOn, LocalDate endsOn, List<FieldError> errors) {
        var dueOn = row.dueOn();
        if (dueOn != null && endsOn != null && dueOn.isAfter(endsOn)) {
            errors.add(line(i, "dueOn", "campaign.dueOn.afterEnd", dueOn));
        }
        if (dueOn != null && startsOn != null && dueOn.isBefore(startsOn)) {
            errors.add(line(i, "dueOn", "campaign.dueOn.beforeStart", dueOn));
        }
        switch (row.rule()) {
            case WINDOW -> window(row, i, startsOn, errors);
            case AFTER_EVENT -> event(row, i, errors);
            case QUOTA -> quota(row, i, errors);
            default -> {
                if (row.daysAfter() != null) {
                    errors.add(line(i, "daysAfter", "campaign.event.missing", row.daysAfter()));
                }
            }
        }
    }

    private static void window(RequirementForm row, int i, LocalDate startsOn, List<FieldError> errors) {
        var opens = row.windowStartsOn();
        if (opens == null) {
            errors.add(line(i, "windowStartsOn", "validation.required", null));
        } else if (row.dueOn() != null && row.dueOn().isBefore(opens)) {
            errors.add(line(i, "windowStartsOn", "campaign.window.endsBeforeStart", opens));
        } else if (startsOn != null && opens.isBefore(startsOn)) {
            errors.add(line(i, "windowStartsOn", "campaign.window.outsideCampaign", opens));
        }
    }

    private static void event(RequirementForm row, int i, List<FieldError> errors) {
        if (row.afterLine() == null) {
            errors.add(line(i, "afterLine", "campaign.event.missing", null));
        } else if (row.afterLine() < 0 || row.afterLine() >= i) {
            errors.add(line(i, "afterLine", "campaign.event.notEarlier", row.afterLine() + 1));
        }
        if (row.daysAfter() == null) {
            errors.add(line(i, "daysAfter", "validation.required", null));
        }
    }

    private static void quota(RequirementForm row, int i, List<FieldError> errors) {
        if (row.quota() == null) {
            errors.add(line(i, "quota", "validation.required", null));
        }
        if (row.quotaPeriod() == null) {
            errors.add(line(i, "quotaPeriod", "validation.required", null));
        }
        if (row.quotaUnit() == null) {
            errors.add(line(i, "quotaUnit", "validation.required", null));
        }
        if (row.quota() != null && row.quotaPeriod() != null && row.quotaUnit() != null) {
            int most = Periods.unitsIn(row.quotaPeriod().span, row.quotaUnit());
            if (row.quota() > most) {
                errors.add(line(i, "quota", "campaign.quota.tooLarge", row.quota()));
            }
        }
    }
}

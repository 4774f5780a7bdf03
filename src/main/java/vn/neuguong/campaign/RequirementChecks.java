package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * The rules of requirement rows that need no database, each error naming its row ({@code requirements[i].dueOn}):
 * there is a row; each is due within the campaign's dates; a window starts by its end and within the campaign; a
 * line due after an event names an earlier row and its days; a quota has its period and unit and asks no more than
 * the units its period holds. A monthly or quarterly line on a campaign shorter than one period owes one period.
 */
final class RequirementChecks {

    private RequirementChecks() {}

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
            errors.add(new FieldError("dueOn", "campaign.dueOn.afterEnd", i, dueOn));
        }
        if (dueOn != null && startsOn != null && dueOn.isBefore(startsOn)) {
            errors.add(new FieldError("dueOn", "campaign.dueOn.beforeStart", i, dueOn));
        }
        switch (row.rule()) {
            case WINDOW -> window(row, i, startsOn, errors);
            case AFTER_EVENT -> event(row, i, errors);
            case QUOTA -> quota(row, i, errors);
            default -> {
                if (row.daysAfter() != null) {
                    errors.add(new FieldError("daysAfter", "campaign.event.missing", i, row.daysAfter()));
                }
            }
        }
    }

    private static void window(RequirementForm row, int i, LocalDate startsOn, List<FieldError> errors) {
        var opens = row.windowStartsOn();
        if (opens == null) {
            errors.add(new FieldError("windowStartsOn", "validation.required", i, null));
        } else if (row.dueOn() != null && row.dueOn().isBefore(opens)) {
            errors.add(new FieldError("windowStartsOn", "campaign.window.endsBeforeStart", i, opens));
        } else if (startsOn != null && opens.isBefore(startsOn)) {
            errors.add(new FieldError("windowStartsOn", "campaign.window.outsideCampaign", i, opens));
        }
    }

    private static void event(RequirementForm row, int i, List<FieldError> errors) {
        if (row.afterLine() == null) {
            errors.add(new FieldError("afterLine", "campaign.event.missing", i, null));
        } else if (row.afterLine() < 0 || row.afterLine() >= i) {
            errors.add(new FieldError("afterLine", "campaign.event.notEarlier", i, row.afterLine() + 1));
        }
        if (row.daysAfter() == null) {
            errors.add(new FieldError("daysAfter", "validation.required", i, null));
        }
    }

    private static void quota(RequirementForm row, int i, List<FieldError> errors) {
        if (row.quota() == null) {
            errors.add(new FieldError("quota", "validation.required", i, null));
        }
        if (row.quotaPeriod() == null) {
            errors.add(new FieldError("quotaPeriod", "validation.required", i, null));
        }
        if (row.quotaUnit() == null) {
            errors.add(new FieldError("quotaUnit", "validation.required", i, null));
        }
        if (row.quota() != null && row.quotaPeriod() != null && row.quotaUnit() != null) {
            int most = Periods.unitsIn(row.quotaPeriod().span, row.quotaUnit());
            if (row.quota() > most) {
                errors.add(new FieldError("quota", "campaign.quota.tooLarge", i, row.quota()));
            }
        }
    }
}

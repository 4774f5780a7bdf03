package vn.neuguong.campaign;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.neuguong.campaign.CampaignForm.RequirementForm;

/**
 * A requirement row is either blank (a spare row of the form, left out) or complete: its kind, the level it applies
 * to and its due date are each required, named as {@code requirements[i].kind} and so on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CompleteRow.Check.class)
public @interface CompleteRow {

    String message() default "validation.required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Names each missing part of a row that is not blank. */
    class Check implements ConstraintValidator<CompleteRow, RequirementForm> {

        @Override
        public boolean isValid(RequirementForm row, ConstraintValidatorContext context) {
            if (row == null || row.isBlank()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (row.kind() == null) {
                valid = missing(context, "kind");
            }
            if (row.appliesTo() == null) {
                valid = missing(context, "appliesTo");
            }
            if (row.dueOn() == null) {
                valid = missing(context, "dueOn");
            }
            return valid;
        }

        private static boolean missing(ConstraintValidatorContext context, String field) {
            context.buildConstraintViolationWithTemplate("validation.required")
                    .addPropertyNode(field)
                    .addConstraintViolation();
            return false;
        }
    }
}

package vn.neuguong.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * The one shape of bad input (docs/DESIGN.md, "Errors"). A form or body is checked by Bean Validation first (its
 * record's annotations carry message keys: {@code @NotBlank(message = "validation.required")}); what needs the
 * database is checked by the module and thrown as {@link InvalidInputException}, which a page folds into the same
 * {@link BindingResult} with {@link #reject}. Pages show the result as one line per field ({@link #of(BindingResult,
 * MessageSource, Locale)}), the API as the problem's {@code errors} array. A row of a repeated part of a form (a
 * table of lines) is keyed {@code field[row]}.
 */
public final class FormErrors {

    private FormErrors() {}

    /** The binding's errors as field errors: a value that could not be read names the type it should have had. */
    public static List<FieldError> fieldErrors(
            org.springframework.validation.Errors binding, MessageSource messages, Locale locale) {
        var errors = new ArrayList<FieldError>();
        for (var error : binding.getFieldErrors()) {
            if (error.isBindingFailure()) {
                var mismatch =
                        error.contains(TypeMismatchException.class) ? error.unwrap(TypeMismatchException.class) : null;
                String expected = mismatch == null
                        ? "validation.invalid"
                        : InputErrors.expected(requiredType(mismatch), messages, locale);
                errors.add(new FieldError(error.getField(), expected, null, text(error.getRejectedValue())));
            } else {
                String message = error.getDefaultMessage() == null ? "validation.invalid" : error.getDefaultMessage();
                errors.add(new FieldError(error.getField(), message));
            }
        }
        for (var error : binding.getGlobalErrors()) {
            errors.add(new FieldError(
                    InputErrors.BODY,
                    error.getDefaultMessage() == null ? "validation.invalid" : error.getDefaultMessage()));
        }
        return errors;
    }

    /** Adds a rule's failures to the binding, so that the page shows them with the framework's own. */
    public static void reject(BindingResult binding, InvalidInputException e) {
        reject(binding, e.errors());
    }

    /**
     * Adds the failures of the rules that need the database to a binding that already holds the annotations' own,
     * so that a person sees every problem of the form in one round.
     */
    public static void reject(BindingResult binding, List<FieldError> errors) {
        for (var error : errors) {
            String field = error.row() == null ? error.field() : error.field() + "[" + error.row() + "]";
            binding.addError(new org.springframework.validation.FieldError(
                    binding.getObjectName(),
                    field,
                    error.rejectedValue(),
                    false,
                    new String[] {error.message()},
                    null,
                    error.message()));
        }
    }

    /**
     * An API body's annotation findings together with the rules that need the database ({@code more}), as one 400:
     * a caller fixes every field in one round.
     */
    public static InvalidInputException invalid(
            BindingResult binding, List<FieldError> more, MessageSource messages, Locale locale) {
        var errors = new ArrayList<>(fieldErrors(binding, messages, locale));
        errors.addAll(more);
        return new InvalidInputException(errors);
    }

    public static Map<String, String> of(InvalidInputException e, MessageSource messages, Locale locale) {
        return byField(e.errors(), messages, locale);
    }

    /**
     * One line per field, in the order of the form's fields when the form is a record (Bean Validation reports in no
     * particular order, and the summary on top should read as the form does); other fields come last.
     */
    public static Map<String, String> of(BindingResult binding, MessageSource messages, Locale locale) {
        var errors = fieldErrors(binding, messages, locale);
        Object form = binding.getTarget();
        if (form != null && form.getClass().isRecord()) {
            var fields = java.util.Arrays.stream(form.getClass().getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName)
                    .toList();
            errors = errors.stream()
                    .sorted(java.util.Comparator.comparingInt((FieldError error) -> {
                        int index = fields.indexOf(error.field().split("[\\[.]", 2)[0]);
                        return index < 0 ? fields.size() : index;
                    }))
                    .toList();
        }
        return byField(errors, messages, locale);
    }

    private static Map<String, String> byField(List<FieldError> fieldErrors, MessageSource messages, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        for (var error : fieldErrors) {
            String key = error.row() == null ? error.field() : error.field() + "[" + error.row() + "]";
            String text = Messages.resolve(messages, error.message(), locale)
                    + (error.rejectedValue() == null ? "" : ": " + error.rejectedValue());
            errors.merge(key, text, (a, b) -> a.contains(b) ? a : a + "; " + b);
        }
        return errors;
    }

    /** The type a value should have had; none for a list, whose one bad element a form cannot name. */
    private static Class<?> requiredType(TypeMismatchException mismatch) {
        Class<?> type = mismatch.getRequiredType();
        return type != null && (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) ? null : type;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().replace('\0', '?');
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}

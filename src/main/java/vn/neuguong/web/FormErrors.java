package vn.neuguong.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * Field errors for a page: one line per field in the user's language, to show next to the field. A row of a
 * repeated part of the form (a table of lines) is keyed {@code field[row]}.
 */
public final class FormErrors {

    private FormErrors() {}

    public static Map<String, String> of(InvalidInputException e, MessageSource messages, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        for (var error : e.errors()) {
            String key = error.row() == null ? error.field() : error.field() + "[" + error.row() + "]";
            String text = Messages.resolve(messages, error.message(), locale)
                    + (error.rejectedValue() == null ? "" : ": " + error.rejectedValue());
            errors.merge(key, text, (a, b) -> a + "; " + b);
        }
        return errors;
    }

    /** Values that could not even be read (a letter where a number belongs). */
    public static Map<String, String> of(BindingResult binding, MessageSource messages, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        binding.getFieldErrors()
                .forEach(error ->
                        errors.putIfAbsent(error.getField(), Messages.resolve(messages, "validation.invalid", locale)));
        return errors;
    }
}

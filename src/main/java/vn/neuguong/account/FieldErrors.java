package vn.neuguong.account;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import vn.neuguong.web.InvalidInputException;
import vn.neuguong.web.Messages;

/** Field errors for a page: one line per field in the user's language, to show next to the field. */
final class FieldErrors {

    private FieldErrors() {}

    static Map<String, String> of(InvalidInputException e, MessageSource messages, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        for (var error : e.errors()) {
            String text = Messages.resolve(messages, error.message(), locale)
                    + (error.rejectedValue() == null ? "" : ": " + error.rejectedValue());
            errors.merge(error.field(), text, (a, b) -> a + "; " + b);
        }
        return errors;
    }

    /** Values that could not even be read (a letter where a number belongs). */
    static Map<String, String> of(BindingResult binding, MessageSource messages, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        binding.getFieldErrors()
                .forEach(error ->
                        errors.putIfAbsent(error.getField(), Messages.resolve(messages, "validation.invalid", locale)));
        return errors;
    }
}

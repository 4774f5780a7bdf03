package vn.neuguong.web;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.neuguong.shared.InvalidInputException;

/**
 * Turns the framework's failures to read a request (a parameter of the wrong type, JSON that does not fit the
 * body's record) into field errors: the field's path as the caller wrote it ({@code requirements[0].kind}) and a
 * message key saying what was expected.
 */
final class InputErrors {

    /** The pseudo-field of a body that is not JSON at all. */
    static final String BODY = "body";

    private InputErrors() {}

    static InvalidInputException.FieldError of(TypeMismatchException e, MessageSource messages, Locale locale) {
        String field = e.getPropertyName() == null ? "value" : e.getPropertyName();
        return new InvalidInputException.FieldError(
                field, expected(e.getRequiredType(), messages, locale), null, text(e.getValue()));
    }

    static InvalidInputException.FieldError of(
            HttpMessageNotReadableException e, MessageSource messages, Locale locale) {
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson.getPath());
            if (InputGuard.NUL_MESSAGE.equals(jackson.getOriginalMessage())) {
                return new InvalidInputException.FieldError(field, InputGuard.NUL_MESSAGE);
            }
            if (cause instanceof UnrecognizedPropertyException) {
                return new InvalidInputException.FieldError(field, "validation.unknownField");
            }
            if (cause instanceof InvalidFormatException format) {
                return new InvalidInputException.FieldError(
                        field, expected(format.getTargetType(), messages, locale), null, text(format.getValue()));
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return new InvalidInputException.FieldError(
                        field, expected(mismatch.getTargetType(), messages, locale));
            }
            return new InvalidInputException.FieldError(field, "validation.invalid");
        }
        return new InvalidInputException.FieldError(BODY, "validation.json");
    }

    /** What a value of {@code type} must look like, as a message key or, for enums, the text listing their values. */
    static String expected(Class<?> type, MessageSource messages, Locale locale) {
        if (type == null) {
            return "validation.invalid";
        }
        if (type.isEnum()) {
            String values =
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return messages.getMessage("validation.oneOf", new Object[] {values}, locale);
        }
        if (Number.class.isAssignableFrom(type)
                || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "validation.number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "validation.boolean";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "validation.date";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "validation.list";
        }
        return "validation.invalid";
    }

    private static String path(List<JacksonException.Reference> references) {
        var path = new StringBuilder();
        for (var reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().replace('\0', '?');
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}

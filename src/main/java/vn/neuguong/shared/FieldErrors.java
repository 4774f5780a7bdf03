package vn.neuguong.shared;

import java.util.ArrayList;
import java.util.List;
import vn.neuguong.shared.InvalidInputException.FieldError;

/** Collects every bad field of one input, so the user sees them all at once, then throws if there were any. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
        } else if (value.length() > maxLength) {
            add(field, "validation.tooLong");
        }
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

package vn.neuguong.account;

import java.util.List;
import vn.neuguong.shared.InvalidInputException.FieldError;

/** A password has at least {@value #MIN_LENGTH} characters, with letters and digits. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {}

    static boolean accepts(String password) {
        return password != null
                && password.length() >= MIN_LENGTH
                && password.chars().anyMatch(Character::isLetter)
                && password.chars().anyMatch(Character::isDigit);
    }

    /** Adds an error for {@code field} to {@code errors} when the password is missing or too weak. */
    static void check(String field, String password, List<FieldError> errors) {
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (!accepts(password)) {
            errors.add(new FieldError(field, "account.password.policy"));
        }
    }
}

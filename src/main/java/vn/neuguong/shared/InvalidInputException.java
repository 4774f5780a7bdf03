package vn.neuguong.shared;

import java.util.List;

/**
 * Input that breaks a rule, with one entry per bad field. Thrown before anything is written, or inside the
 * transaction so that nothing of the change is kept.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse(""));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One bad field. {@code message} is a message key (resolved in the request's language) or plain text.
     *
     * @param row the row of an imported file, when the input came from one
     */
    public record FieldError(String field, String message, Integer row, Object rejectedValue) {

        public FieldError(String field, String message) {
            this(field, message, null, null);
        }
    }
}

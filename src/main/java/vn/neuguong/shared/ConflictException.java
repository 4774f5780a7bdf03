package vn.neuguong.shared;

/** A change that the record's present state does not allow (answered with 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}

package vn.neuguong.shared;

/**
 * A record that does not exist or lies outside the caller's scope. Both answer 404, so an id outside one's scope
 * cannot be told apart from an id that was never issued.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}

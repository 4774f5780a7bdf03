package vn.neuguong.shared;

import java.util.ArrayList;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * Which page of a list a caller asked for: {@code page} from 1, {@code size} from 1 to the list's maximum. A value
 * outside answers 400 naming the field, never an empty page or a silently smaller one.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size count from 1");
        }
    }

    /** The request of the parameters as they came; null takes the default. */
    public static PageRequest of(Integer page, Integer size) {
        return of(page, size, DEFAULT_SIZE, MAX_SIZE);
    }

    public static PageRequest of(Integer page, Integer size, int defaultSize, int maxSize) {
        var errors = new ArrayList<FieldError>();
        if (page != null && page < 1) {
            errors.add(new FieldError("page", "validation.page", null, page));
        }
        if (size != null && (size < 1 || size > maxSize)) {
            errors.add(new FieldError("size", "validation.pageSize", null, size));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PageRequest(page == null ? 1 : page, size == null ? defaultSize : size);
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size);
    }

    /** The rows to skip: SQL {@code OFFSET}. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /** SQL {@code LIMIT} and {@code OFFSET} with the request's numbers, to end a statement with. */
    public String limitOffset() {
        return " LIMIT " + size + " OFFSET " + offset();
    }
}

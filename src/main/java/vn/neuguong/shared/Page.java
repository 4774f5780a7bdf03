package vn.neuguong.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list of the application answers it (docs/DESIGN.md, "Paging"): pages count from 1,
 * {@code total} is the number of items of the whole list, so a client knows when to stop.
 */
public record Page<T>(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<T> items,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1")
        int page,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1")
        int size,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0")
        long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The number of pages, at least 1 so that an empty list still has its first page. */
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1")
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}

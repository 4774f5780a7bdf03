package vn.neuguong.web;

import java.util.List;

/**
 * A heading of the task list and its lines; {@code total} counts every line, also those left off the home page,
 * which {@code moreHref} lists in full.
 */
public record TaskGroup(String id, String title, List<Task> tasks, long total, String moreHref) {

    public boolean hasMore() {
        return total > tasks.size();
    }
}

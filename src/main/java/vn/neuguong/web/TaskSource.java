package vn.neuguong.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;

/**
 * What a module has for the signed-in person to do next. The home page lists the groups of every source, so a
 * module shows what a person owes through it without the shared web layer depending on it.
 */
public interface TaskSource {

    /** The non-empty groups of tasks of the person signed in as {@code who}, as of {@code today}. */
    List<TaskGroup> tasks(Authentication who, LocalDate today, Locale locale);

    /** The person signed in as {@code who} when he acts for organizations of his own; empty for anyone else. */
    static java.util.Optional<vn.neuguong.shared.Actor> scoped(Authentication who) {
        if (who == null || !(who.getPrincipal() instanceof vn.neuguong.shared.ActorPrincipal principal)) {
            return java.util.Optional.empty();
        }
        var actor = principal.actor();
        return actor.scopeRoots().isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(actor);
    }
}

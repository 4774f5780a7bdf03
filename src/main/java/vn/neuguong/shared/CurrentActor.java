package vn.neuguong.shared;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the running request, for code that is not handed one by its controller. */
public final class CurrentActor {

    private CurrentActor() {}

    public static Optional<Actor> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    public static Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in actor"));
    }

    /** The name written to the audit log: the username, or "system" for jobs and the demo data loader. */
    public static String name() {
        return find().map(Actor::username).orElse("system");
    }
}

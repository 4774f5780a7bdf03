package vn.neuguong.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Scope;
import vn.neuguong.web.Task;
import vn.neuguong.web.TaskGroup;
import vn.neuguong.web.TaskSource;

/**
 * What commendations ask of a person on the home page: the nominations waiting for a committee he acts for, oldest
 * first, each opening its round where he approves, cuts or returns it. An administrator, who acts for no committee
 * of his own, has none.
 */
@Component
@Order(30)
class CommendationTasks implements TaskSource {

    static final int LIMIT = 10;

    /** How many waiting nominations are counted for the group's total. */
    static final int COUNTED = 1000;

    private final Nominations nominations;
    private final MessageSource messages;

    CommendationTasks(Nominations nominations, MessageSource messages) {
        this.nominations = nominations;
        this.messages = messages;
    }

    @Override
    public List<TaskGroup> tasks(Authentication who, LocalDate today, Locale locale) {
        var scoped = TaskSource.scoped(who);
        if (scoped.isEmpty()) {
            return List.of();
        }
        var actor = scoped.get();
        var waiting = nominations.waitingFor(Scope.of(actor), COUNTED);
        if (waiting.isEmpty()) {
            return List.of();
        }
        var tasks = waiting.stream()
                .limit(LIMIT)
                .map(n -> new Task(
                        messages.getMessage(
                                "commendation.tasks.waiting.what",
                                new Object[] {n.nomineeName(), n.formName()},
                                locale),
                        messages.getMessage(
                                "commendation.tasks.waiting.detail",
                                new Object[] {n.nextName(), n.roundTitle(), n.nominatedByName()},
                                locale),
                        "/commendations/rounds/" + n.roundId() + "?waiting=true#nomination-" + n.id(),
                        null,
                        false))
                .toList();
        return List.of(new TaskGroup(
                "commendation-waiting",
                messages.getMessage("commendation.tasks.waiting", null, locale),
                tasks,
                waiting.size(),
                "/commendations"));
    }
}

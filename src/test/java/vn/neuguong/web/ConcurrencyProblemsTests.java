package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

/** A deadlock, a lock not granted or a unique value taken meanwhile is a 409 saying to try again, never a 500. */
class ConcurrencyProblemsTests {

    final StaticMessageSource messages = new StaticMessageSource();

    ConcurrencyProblemsTests() {
        messages.addMessage("error.concurrent", Locale.ENGLISH, "Someone else changed it; try again.");
    }

    @Test
    void theApiAnswers409ForEveryKindOfConcurrentChange() {
        var api = new ApiExceptionHandler(messages);
        for (RuntimeException e : new RuntimeException[] {
            new PessimisticLockingFailureException("deadlock detected"),
            new CannotAcquireLockException("lock timeout"),
            new DuplicateKeyException("duplicate key value")
        }) {
            var answer = api.concurrent(e, Locale.ENGLISH);
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(answer.getBody().getDetail()).isEqualTo("Someone else changed it; try again.");
            assertThat(answer.getBody().getDetail()).doesNotContain("deadlock", "duplicate");
        }
    }

    @Test
    void pagesShowTheErrorPageWith409() {
        var response = new MockHttpServletResponse();
        var model = new ExtendedModelMap();
        String view = new PageExceptionHandler(messages).concurrent(response, model);
        assertThat(view).isEqualTo("error");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(model.getAttribute("detail")).isEqualTo("error.concurrent");
    }
}

package vn.neuguong.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The page a client sees when it sent the public forms too often: 429, with when to try again. */
@ControllerAdvice(assignableTypes = {CommentController.class, OpinionPublicController.class})
class RateLimitAdvice {

    @ExceptionHandler(RateLimitExceeded.class)
    String tooMany(RateLimitExceeded e, HttpServletResponse response, Model model) {
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        model.addAttribute("minutes", RateLimitExceeded.minutes(e.retryAfterSeconds()));
        return "portal/comment-limit";
    }
}

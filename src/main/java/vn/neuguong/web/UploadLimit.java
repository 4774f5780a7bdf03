package vn.neuguong.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload over the size limit fails while the request is being read, before any controller is chosen, so the
 * API's and the pages' own handlers never see it: this one answers both, a 413 problem naming the file field for
 * the API and the error page for the pages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

    private final MessageSource messages;
    private final JsonMapper json;
    private final DataSize maxFileSize;

    UploadLimit(
            MessageSource messages,
            JsonMapper json,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.messages = messages;
        this.json = json;
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, Locale locale) {
        String limit =
                maxFileSize.toMegabytes() > 0 ? maxFileSize.toMegabytes() + " MB" : maxFileSize.toKilobytes() + " KB";
        String message = messages.getMessage("validation.fileTooLarge", new Object[] {limit}, locale);
        ModelAndView answer;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE, messages.getMessage("error.tooLarge", null, locale));
            problem.setTitle("Content too large");
            problem.setProperty("errors", List.of(Map.of("field", "file", "message", message)));
            var view = new JacksonJsonView(json);
            view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            view.setExtractValueFromSingleKeyModel(true);
            answer = new ModelAndView(view, Map.of("problem", problem));
        } else {
            answer = new ModelAndView("error", Map.of("status", 413, "detail", "file: " + message));
        }
        answer.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return answer;
    }
}

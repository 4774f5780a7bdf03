package vn.neuguong.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;

/**
 * Errors of the HTML pages: a page in the user's language, with the status the API would give. The same template,
 * {@code error.html}, is the one Spring Boot renders for every other error status.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        return "error";
    }

    /** Input no form of the page handled itself (a bad query parameter, say): a 400 page naming the fields. */
    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletResponse response, Model model, Locale locale) {
        return badRequest(e.errors(), response, model, locale);
    }

    @ExceptionHandler(TypeMismatchException.class)
    String typeMismatch(TypeMismatchException e, HttpServletResponse response, Model model, Locale locale) {
        return badRequest(List.of(InputErrors.of(e, messages, locale)), response, model, locale);
    }

    private String badRequest(
            List<InvalidInputException.FieldError> errors, HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute(
                "detail",
                errors.stream()
                        .map(error -> error.field() + ": " + Messages.resolve(messages, error.message(), locale))
                        .collect(Collectors.joining("; ")));
        return "error";
    }

    /** Another request changed the same records at the same moment: nothing was kept (see the API's handler). */
    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    String concurrent(HttpServletResponse response, Model model) {
        response.setStatus(409);
        model.addAttribute("status", 409);
        model.addAttribute("detail", "error.concurrent");
        return "error";
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, HttpServletResponse response, Model model) {
        response.setStatus(409);
        model.addAttribute("status", 409);
        model.addAttribute("detail", e.getMessage());
        return "error";
    }

    /** The database could not be reached in time: a 503 page asking to try again (see the API's handler). */
    @ExceptionHandler({
        org.springframework.dao.DataAccessResourceFailureException.class,
        org.springframework.dao.QueryTimeoutException.class,
        org.springframework.transaction.CannotCreateTransactionException.class,
        org.springframework.transaction.TransactionTimedOutException.class
    })
    String unavailable(HttpServletResponse response, Model model) {
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(vn.neuguong.DatabaseUnavailable.RETRY_AFTER_SECONDS));
        model.addAttribute("status", 503);
        return "error";
    }
}

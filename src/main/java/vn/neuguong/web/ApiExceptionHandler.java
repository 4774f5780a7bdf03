package vn.neuguong.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;

/**
 * Errors of the JSON API as RFC 9457 problem details. Input errors list every bad field under {@code errors}, each
 * with {@code field} and a {@code message} in the request's language.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** A method that the caller's role does not allow ({@code @PreAuthorize}). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, messages.getMessage("error.forbidden", null, locale));
        problem.setTitle("Forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    /** Anything no other handler answers: logged here, and the caller gets a problem document without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        log.error("Unexpected error in the API", e);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("error.general", null, locale));
        problem.setTitle("Internal Server Error");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, Messages.resolve(messages, e.getMessage(), locale));
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /**
     * Another request changed the same records at the same moment (a deadlock broken by the database, a lock not
     * granted in time, a unique value taken in between): nothing was kept, and trying again will do.
     */
    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> concurrent(RuntimeException e, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage("error.concurrent", null, locale));
        problem.setTitle("Conflict");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /**
     * The database could not be reached in time (down, restarting, frozen, the pool exhausted, a transaction that
     * could not begin or ran out of time): nothing was kept, and the same request will do once it is back.
     */
    @ExceptionHandler({
        org.springframework.dao.DataAccessResourceFailureException.class,
        org.springframework.dao.QueryTimeoutException.class,
        org.springframework.transaction.CannotCreateTransactionException.class,
        org.springframework.transaction.TransactionTimedOutException.class
    })
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e, Locale locale) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage(vn.neuguong.DatabaseUnavailable.MESSAGE_KEY, null, locale));
        problem.setTitle("Service Unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(vn.neuguong.DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    /** A change without If-Match: 428, the header named as the missing field. */
    @ExceptionHandler(EntityTags.Missing.class)
    ResponseEntity<ProblemDetail> ifMatchMissing(EntityTags.Missing e, Locale locale) {
        String message = Messages.resolve(messages, e.messageKey(), locale, EntityTags.IF_MATCH);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, message);
        problem.setTitle("Precondition Required");
        problem.setProperty("errors", List.of(Map.of("field", EntityTags.IF_MATCH, "message", message)));
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, Locale locale) {
        return badRequest(
                e.errors().stream().map(error -> describe(error, locale)).toList());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            org.springframework.web.bind.MethodArgumentNotValidException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return fromBinding(ex, request.getLocale());
    }

    /** A constraint on a parameter ({@code @Min(1) @RequestParam int page}) or on a body checked by method validation. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        Locale locale = request.getLocale();
        var errors = new java.util.ArrayList<Map<String, Object>>();
        for (var result : ex.getParameterValidationResults()) {
            if (result instanceof org.springframework.validation.method.ParameterErrors parameterErrors) {
                FormErrors.fieldErrors(parameterErrors, messages, locale)
                        .forEach(error -> errors.add(describe(error, locale)));
                continue;
            }
            String name = parameterName(result.getMethodParameter());
            for (var error : result.getResolvableErrors()) {
                String key = error.getDefaultMessage() == null ? "validation.invalid" : error.getDefaultMessage();
                errors.add(describe(
                        new InvalidInputException.FieldError(name, key, null, String.valueOf(result.getArgument())),
                        locale));
            }
        }
        return ResponseEntity.badRequest().body(problem(errors));
    }

    private static String parameterName(org.springframework.core.MethodParameter parameter) {
        var param = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        var path = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        var header = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName() == null ? "value" : parameter.getParameterName();
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var error = InputErrors.of(ex, messages, request.getLocale());
        return ResponseEntity.badRequest().body(problem(List.of(describe(error, request.getLocale()))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var error = InputErrors.of(ex, messages, request.getLocale());
        return ResponseEntity.badRequest().body(problem(List.of(describe(error, request.getLocale()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var error = new InvalidInputException.FieldError(ex.getParameterName(), "validation.required");
        return ResponseEntity.badRequest().body(problem(List.of(describe(error, request.getLocale()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var error = new InvalidInputException.FieldError(ex.getRequestPartName(), "validation.required");
        return ResponseEntity.badRequest().body(problem(List.of(describe(error, request.getLocale()))));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<Object> bind(BindException e, Locale locale) {
        return fromBinding(e, locale);
    }

    private ResponseEntity<Object> fromBinding(BindException e, Locale locale) {
        var errors = FormErrors.fieldErrors(e.getBindingResult(), messages, locale).stream()
                .map(error -> describe(error, locale))
                .toList();
        return ResponseEntity.badRequest().body(problem(errors));
    }

    Map<String, Object> describe(InvalidInputException.FieldError error, Locale locale) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("field", error.field());
        map.put("message", Messages.resolve(messages, error.message(), locale));
        if (error.row() != null) {
            map.put("row", error.row());
        }
        if (error.rejectedValue() != null) {
            map.put("rejectedValue", error.rejectedValue());
        }
        return map;
    }

    private ResponseEntity<ProblemDetail> badRequest(List<Map<String, Object>> errors) {
        return ResponseEntity.badRequest().body(problem(errors));
    }

    static ProblemDetail problem(List<Map<String, Object>> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }
}

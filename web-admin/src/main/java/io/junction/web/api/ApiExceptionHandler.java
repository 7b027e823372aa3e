package io.junction.web.api;

import io.junction.label.LabelException;
import io.junction.order.OrderActionException;
import io.junction.order.RefusedArgumentException;
import io.junction.scanout.ScanRefusedException;
import io.junction.web.order.RefusalText;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns refusals into RFC 9457 problem details with a message a person can act on, in the caller's
 * language. Bad input names the field at fault; an unexpected failure says so without its
 * exception's text, which is logged instead. Ahead of every other advice, so that an API call never
 * gets a page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;
    private final RefusalText refusals;

    public ApiExceptionHandler(ApiProblems problems, RefusalText refusals) {
        this.problems = problems;
        this.refusals = refusals;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        if (e instanceof RefusedArgumentException refused && refused.refusal() != null) {
            // said in the caller's language from the problems bundle, its stable code beside it
            ProblemDetail problem = problem(
                    HttpStatus.BAD_REQUEST, refusals.of("problems.refusal.", refused.refusal(), e.getMessage()));
            problem.setProperty("code", refused.refusal().code());
            return problem;
        }
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ApiInputException.class)
    ProblemDetail badInput(ApiInputException e) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, e.key(), e.args());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(OrderActionException.class)
    ProblemDetail refused(OrderActionException e) {
        ProblemDetail problem = problems.refused(
                HttpStatus.CONFLICT, "problems.order.refused", refusals.of(e.refusal(), e.getMessage()), e.refusal());
        problem.setProperty("orderId", e.orderId());
        return problem;
    }

    /** A package that must not be opened or shipped: the reason in the caller's language, and its code. */
    @ExceptionHandler(ScanRefusedException.class)
    ProblemDetail scanRefused(ScanRefusedException e) {
        return problems.refused(
                HttpStatus.CONFLICT,
                "station.refusal.title",
                refusals.of(e.refusal(), e.arguments()),
                e.refusal().name());
    }

    @ExceptionHandler(LabelException.class)
    ProblemDetail labelsRefused(LabelException e) {
        List<String> said = refusals.of(e);
        ProblemDetail problem = problems.titled(
                HttpStatus.CONFLICT,
                "problems.labels.refused",
                problems.text("problems.labels.detail", String.join("; ", said)));
        problem.setProperty("problems", said);
        problem.setProperty(
                "codes",
                e.refusals().stream().map(r -> r == null ? null : r.code()).toList());
        return problem;
    }

    /** Security decides these; they pass through to its handlers. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    /** Anything unforeseen: a 500 that leaks neither a stack trace nor the exception's text. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure of an API request", e);
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "problems.internal");
    }

    /**
     * A body that is not JSON, or not the JSON this call takes: names the property at fault
     * ({@code orderIds[0]}) and what was wrong, never Jackson's own message with its class names.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimit.exceeded(ex)) {
            ProblemDetail problem = problems.problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "problems.body.tooLarge",
                    RequestBodyLimit.describe(RequestBodyLimit.limitOf(ex)));
            return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        JacksonException jackson = cause(ex, JacksonException.class);
        String field = jackson == null ? null : field(jackson);
        ProblemDetail problem;
        if (jackson instanceof StreamReadException
                && String.valueOf(jackson.getOriginalMessage()).startsWith("Duplicate")) {
            String duplicate = duplicateName(jackson.getOriginalMessage());
            field = field == null || field.isEmpty() ? duplicate : field;
            problem = problems.problem(HttpStatus.BAD_REQUEST, "problems.json.duplicate", field);
        } else if (jackson instanceof StreamReadException || jackson == null) {
            problem = problems.problem(HttpStatus.BAD_REQUEST, "problems.json.unreadable");
        } else if (field == null || field.isEmpty()) {
            problem = problems.problem(HttpStatus.BAD_REQUEST, "problems.json.shape");
        } else {
            problem = problems.problem(HttpStatus.BAD_REQUEST, "problems.json.field", field);
        }
        if (field != null && !field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A parameter that is not of its type ({@code status=FOO}, {@code page=x}): names it and, for a choice, its values. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        ProblemDetail problem;
        if (type != null && type.isEnum()) {
            String values =
                    Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            problem = problems.problem(HttpStatus.BAD_REQUEST, "problems.parameter.choice", name, values);
        } else if (type != null
                && (Number.class.isAssignableFrom(type) || type.isPrimitive() || List.class.isAssignableFrom(type))) {
            problem = problems.problem(HttpStatus.BAD_REQUEST, "problems.parameter.number", name);
        } else {
            problem = problems.problem(HttpStatus.BAD_REQUEST, "problems.parameter.invalid", name);
        }
        problem.setProperty("field", name);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ProblemDetail problem =
                problems.problem(HttpStatus.BAD_REQUEST, "problems.parameter.missing", ex.getParameterName());
        problem.setProperty("field", ex.getParameterName());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Every other problem Spring answers (405, 406, 415, …) gets its title in the caller's language. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(problems.title(statusCode));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(problems.title(status));
        return problem;
    }

    /** The JSON path of the property at fault, as {@code orderIds[0]} or {@code credentials.appKey}. */
    static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The name in Jackson's "Duplicate Object property "x"" message. */
    private static String duplicateName(String message) {
        int open = message.indexOf('"');
        int close = open < 0 ? -1 : message.indexOf('"', open + 1);
        return close < 0 ? "" : message.substring(open + 1, close);
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}

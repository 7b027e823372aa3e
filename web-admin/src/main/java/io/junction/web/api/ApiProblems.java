package io.junction.web.api;

import io.junction.order.Refusal;
import io.junction.order.RefusedChangeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details in the caller's language ({@code Accept-Language}, texts from the
 * {@code problems} bundle), for the exception handler, the error controller, the body-size limit and
 * the API's security chain alike, so that every error on the API reads the same.
 */
@Component
public class ApiProblems {

    private final MessageSource messages;
    private final JsonMapper json;

    public ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem with the status's title and the detail of {@code detailKey}. */
    public ProblemDetail problem(HttpStatusCode status, String detailKey, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, args));
        problem.setTitle(title(status));
        return problem;
    }

    /**
     * A refused change (a shop, a user): 409 for a conflict, else 400, titled by {@code titleKey}; the
     * detail joins the reasons, and {@code problems} lists each with its field, its reason as said
     * ({@code said}, in the caller's language) and its stable code (null when there is none).
     */
    public ProblemDetail refusedChange(
            RefusedChangeException e, List<RefusedChangeException.Problem> said, String titleKey) {
        ProblemDetail problem = titled(
                e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                titleKey,
                said.stream().map(RefusedChangeException.Problem::reason).collect(Collectors.joining("; ")));
        problem.setProperty(
                "problems",
                said.stream()
                        .map(p -> reason(p.field(), p.reason(), p.refusal()))
                        .toList());
        return problem;
    }

    /**
     * One reason of a refused change as a problem's {@code problems} list holds it: the field at fault, the
     * reason as said (in the caller's language) and the refusal's stable code (null when there is none).
     */
    public static Map<String, Object> reason(String field, String said, Refusal refusal) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("field", field);
        one.put("reason", said);
        one.put("code", refusal == null ? null : refusal.code());
        return one;
    }

    /**
     * A refusal: its {@code detail} already in the caller's language, titled by {@code titleKey}, with
     * the refusal's stable {@code code} beside it when it has one.
     */
    public ProblemDetail refused(HttpStatusCode status, String titleKey, String detail, String code) {
        ProblemDetail problem = titled(status, titleKey, detail);
        if (code != null) {
            problem.setProperty("code", code);
        }
        return problem;
    }

    /**
     * A refusal as {@link #refused(HttpStatusCode, String, String, String)} answers it, the stable code that of
     * {@code refusal} (none when there is no refusal: a carrier's or a platform's own words).
     */
    public ProblemDetail refused(HttpStatusCode status, String titleKey, String detail, Refusal refusal) {
        return refused(status, titleKey, detail, refusal == null ? null : refusal.code());
    }

    /** A problem with the title of {@code titleKey} and {@code detail} as it is. */
    public ProblemDetail titled(HttpStatusCode status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text(titleKey));
        return problem;
    }

    /** The status's title, e.g. "Bad request" / "请求无效". */
    public String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String fallback = known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
        return messages.getMessage("problems.title." + status.value(), null, fallback, LocaleContextHolder.getLocale());
    }

    /** One text of the bundle in the caller's language. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** Why input was refused, for a page or a per-row answer: numbers as typed, without separators. */
    public String reason(ApiInputException bad) {
        Object[] plain = java.util.Arrays.stream(bad.args())
                .map(a -> a instanceof Number ? String.valueOf(a) : a)
                .toArray();
        return text(bad.key(), plain);
    }

    /**
     * Writes the problem as the answer, outside Spring MVC (filters, security). The language comes
     * from the request itself, as no handler has set the locale yet.
     */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatusCode status,
            String detailKey,
            Object... args)
            throws IOException {
        write(request, response, () -> problem(status, detailKey, args));
    }

    /**
     * Writes the problem {@code said} makes as the answer, outside Spring MVC, its texts in the request's
     * language (no handler has set the locale yet) and its {@code instance} the request's path.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, Supplier<ProblemDetail> said)
            throws IOException {
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(RequestContextUtils.getLocale(request));
        ProblemDetail problem;
        try {
            problem = said.get();
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
        response.flushBuffer();
    }

    /** 401 for a missing or wrong credential, asking for HTTP Basic as before. */
    public AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Junction\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "problems.unauthorized");
        };
    }

    /** 403 for a signed-in caller whose role may not do this. */
    public AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "problems.forbidden");
    }
}

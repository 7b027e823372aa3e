package io.junction.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answer to a request that did not sign in: 429 with a problem and {@code Retry-After}
 * while the user is throttled from that address, otherwise the given challenge (401 problem JSON).
 */
final class ApiSignInEntryPoint implements AuthenticationEntryPoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuthenticationEntryPoint challenge;
    private final MessageSource messages;
    private final Clock clock;

    ApiSignInEntryPoint(AuthenticationEntryPoint challenge, MessageSource messages, Clock clock) {
        this.challenge = challenge;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, jakarta.servlet.ServletException {
        if (!(refused instanceof SignInThrottledException throttled)) {
            challenge.commence(request, response, refused);
            return;
        }
        long seconds =
                Math.max(1, Duration.between(clock.instant(), throttled.until()).toSeconds());
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("users.signIn.throttled.title", null, locale));
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put(
                "detail",
                messages.getMessage(
                        "users.signIn.throttled",
                        new Object[] {SignInThrottle.MAX_FAILURES, SignInThrottle.BLOCK.toMinutes()},
                        locale));
        problem.put("instance", request.getRequestURI());
        problem.put("retryAfterSeconds", seconds);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}

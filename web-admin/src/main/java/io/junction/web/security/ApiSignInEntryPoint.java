package io.junction.web.security;

import io.junction.web.api.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API's answer to a request that did not sign in: 429 with a problem and {@code Retry-After}
 * while the user is throttled from that address, otherwise the API's 401 challenge ({@link
 * ApiProblems#unauthorized()}). Both are written by {@link ApiProblems}, as every error of the API is.
 */
final class ApiSignInEntryPoint implements AuthenticationEntryPoint {

    private final ApiProblems problems;
    private final Clock clock;

    ApiSignInEntryPoint(ApiProblems problems, Clock clock) {
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, jakarta.servlet.ServletException {
        if (!(refused instanceof SignInThrottledException throttled)) {
            problems.unauthorized().commence(request, response, refused);
            return;
        }
        long seconds =
                Math.max(1, Duration.between(clock.instant(), throttled.until()).toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(request, response, () -> {
            ProblemDetail problem = problems.titled(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "users.signIn.throttled.title",
                    problems.text(
                            "users.signIn.throttled", SignInThrottle.MAX_FAILURES, SignInThrottle.BLOCK.toMinutes()));
            problem.setProperty("retryAfterSeconds", seconds);
            return problem;
        });
    }
}

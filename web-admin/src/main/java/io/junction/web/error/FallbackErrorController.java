package io.junction.web.error;

import io.junction.web.api.ApiProblems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * Answers every error that leaves a controller or never reached one (an unknown URL, a method or a
 * content type a route does not take, an exception nobody handled) in place of Spring Boot's
 * default: on {@code /api/} and {@code /actuator/} a problem in the caller's language, elsewhere a
 * page with the navigation ({@code templates/error/}). Neither shows a stack trace or an exception's
 * text.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class FallbackErrorController implements ErrorController {

    /** The statuses with a page of their own; every other one shows {@code error/error}. */
    private static final Set<Integer> PAGES = Set.of(403, 404, 405, 500);

    private final ApiProblems problems;
    private final ErrorAttributes errors;

    public FallbackErrorController(ApiProblems problems, ErrorAttributes errors) {
        this.problems = problems;
        this.errors = errors;
    }

    @RequestMapping
    public ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatusCode status = status(request);
        String path = originalPath(request);
        if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
            String[] detail = detail(status, request, path);
            problems.write(
                    request, response, status, detail[0], (Object[]) Arrays.copyOfRange(detail, 1, detail.length));
            return null;
        }
        response.setStatus(status.value());
        String view = PAGES.contains(status.value())
                ? "error/" + status.value()
                : status.is5xxServerError() ? "error/500" : "error/error";
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject("path", path);
        return page;
    }

    /** The detail's key and arguments for a status, from what failed where Spring knows it. */
    private String[] detail(HttpStatusCode status, HttpServletRequest request, String path) {
        Throwable error = errors.getError(new ServletWebRequest(request));
        return switch (status.value()) {
            case 404 -> new String[] {"problems.notFound.path", path};
            case 405 ->
                error instanceof HttpRequestMethodNotSupportedException e && e.getSupportedHttpMethods() != null
                        ? new String[] {
                            "problems.method.supported",
                            e.getMethod(),
                            e.getSupportedHttpMethods().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                        }
                        : new String[] {"problems.method", request.getMethod()};
            case 415 ->
                error instanceof HttpMediaTypeNotSupportedException e
                        ? new String[] {
                            "problems.mediaType.supported",
                            String.valueOf(e.getContentType()),
                            e.getSupportedMediaTypes().stream()
                                    .map(MediaType::toString)
                                    .collect(Collectors.joining(", "))
                        }
                        : new String[] {"problems.mediaType"};
            case 401 -> new String[] {"problems.unauthorized"};
            case 403 -> new String[] {"problems.forbidden"};
            case 413 -> new String[] {"problems.body.tooLarge.any"};
            default ->
                status.is5xxServerError() ? new String[] {"problems.internal"} : new String[] {"problems.failed"};
        };
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value <= 599) {
            return HttpStatusCode.valueOf(value);
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? new UrlPathHelper().getPathWithinApplication(request) : uri.toString();
        String context = request.getContextPath();
        return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }
}

package io.junction.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses an API call that changes something when its body is of a type an HTML form can send
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}): another
 * site's page can make a browser send such a form with the user's cached HTTP Basic credential, without
 * CSRF protection on the stateless API to stop it. Body-less calls (sync, disable, retry, ship…) would
 * otherwise run; JSON calls are refused anyway. Answers 415 problem details; nothing is changed.
 *
 * <p>The Excel imports take a file, which only a multipart body carries: there a multipart body is let
 * through unless the browser says it comes from another site ({@code Sec-Fetch-Site} other than
 * same-origin or none, or an {@code Origin} other than this host). Tools (curl, scripts) send neither.
 */
public class FormPostGuard implements HandlerInterceptor {

    private static final Set<HttpMethod> SAFE =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final List<MediaType> FORM_TYPES =
            List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);
    private static final Set<String> UPLOADS = Set.of(
            "/api/v1/skus/import",
            "/api/v1/sku-pairings/import",
            "/api/v1/manual-tracking/import",
            "/api/v1/orders/import");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotSupportedException {
        String contentType = request.getContentType();
        if (contentType == null || SAFE.contains(HttpMethod.valueOf(request.getMethod()))) {
            return true;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            // a form's type with a malformed parameter is still a form's type
            type = MediaType.parseMediaType(contentType.split(";", 2)[0].trim());
        }
        MediaType sent = type;
        if (MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(sent) && isUpload(request) && !crossSite(request)) {
            return true;
        }
        if (FORM_TYPES.stream().anyMatch(form -> form.equalsTypeAndSubtype(sent))) {
            throw new HttpMediaTypeNotSupportedException(
                    sent, List.of(MediaType.APPLICATION_JSON), HttpMethod.valueOf(request.getMethod()));
        }
        return true;
    }

    private static boolean isUpload(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod())
                && UPLOADS.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    /** Whether a browser sent it from another site's page. */
    private static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            java.net.URI from = java.net.URI.create(origin);
            return !request.getServerName().equalsIgnoreCase(from.getHost()) || request.getServerPort() != port(from);
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    private static int port(java.net.URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}

package io.junction.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * The page asked for before signing in, to return to afterwards as a path on this server. Spring
 * Security keeps it as an absolute URL built from the request's {@code Host} header, which a client
 * chooses; the path alone never sends anyone to another host.
 */
class RelativeRequestCache extends HttpSessionRequestCache {

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = super.getRequest(request, response);
        return saved == null ? null : new Relative(saved);
    }

    /** The saved request, its redirect URL reduced to path and query. */
    private record Relative(SavedRequest saved) implements SavedRequest {

        @Override
        public String getRedirectUrl() {
            URI url = URI.create(saved.getRedirectUrl());
            String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
            // "//host" would be read as another host by the browser
            path = "/" + path.replaceFirst("^/+", "");
            return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        }

        @Override
        public List<Cookie> getCookies() {
            return saved.getCookies();
        }

        @Override
        public String getMethod() {
            return saved.getMethod();
        }

        @Override
        public List<String> getHeaderValues(String name) {
            return saved.getHeaderValues(name);
        }

        @Override
        public Collection<String> getHeaderNames() {
            return saved.getHeaderNames();
        }

        @Override
        public List<Locale> getLocales() {
            return saved.getLocales();
        }

        @Override
        public String[] getParameterValues(String name) {
            return saved.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return saved.getParameterMap();
        }
    }
}

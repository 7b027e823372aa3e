package io.junction.web.page;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Gives every handler the text a person typed, whatever its script. HTTP headers carry only
 * ISO-8859-1, so htmx sends a header value with any character above U+00FF (a hold reason typed in
 * Chinese at an {@code hx-prompt}, an emoji, curly quotes) URI-encoded and says so in a companion
 * header {@code <name>-URI-AutoEncoded: true}. This decodes each such header once, here, for all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class HtmxHeaderDecodingFilter extends OncePerRequestFilter {

    static final String AUTO_ENCODED = "-URI-AutoEncoded";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean anyEncoded = Collections.list(request.getHeaderNames()).stream()
                .anyMatch(name -> name.regionMatches(
                        true,
                        Math.max(0, name.length() - AUTO_ENCODED.length()),
                        AUTO_ENCODED,
                        0,
                        AUTO_ENCODED.length()));
        chain.doFilter(anyEncoded ? new Decoded(request) : request, response);
    }

    /** The request with each auto-encoded header's value decoded (percent-escapes only: a '+' stays a '+'). */
    private static final class Decoded extends HttpServletRequestWrapper {
        Decoded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            String value = super.getHeader(name);
            return value != null && encoded(name) ? UriUtils.decode(value, StandardCharsets.UTF_8) : value;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!encoded(name)) {
                return super.getHeaders(name);
            }
            return Collections.enumeration(Collections.list(super.getHeaders(name)).stream()
                    .map(v -> UriUtils.decode(v, StandardCharsets.UTF_8))
                    .toList());
        }

        private boolean encoded(String name) {
            return "true".equalsIgnoreCase(super.getHeader(name + AUTO_ENCODED));
        }
    }
}

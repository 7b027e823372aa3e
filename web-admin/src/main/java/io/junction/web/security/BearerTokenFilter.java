package io.junction.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API call in by {@code Authorization: Bearer <token>}: one SHA-256 and one indexed read
 * ({@link ApiTokens}), no password hash. A token that is unknown, expired or revoked answers 401 at
 * once; a call without a bearer token goes on to HTTP Basic as before.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final SignedInUsers signedIn;
    private final AuthenticationEntryPoint unauthorized;

    BearerTokenFilter(ApiTokens tokens, SignedInUsers signedIn, AuthenticationEntryPoint unauthorized) {
        this.tokens = tokens;
        this.signedIn = signedIn;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        AppUser user = tokens.userOf(header.substring(BEARER.length()).trim());
        if (user == null) {
            SecurityContextHolder.clearContext();
            unauthorized.commence(request, response, new BadCredentialsException("unknown, expired or revoked token"));
            return;
        }
        // the shop scope asks for the same row later in this request: it is read already
        signedIn.remember(user);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(user));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A caller signed in by an API token rather than a password. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final String username;

        TokenAuthentication(AppUser user) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
            this.username = user.username();
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return username;
        }

        @Override
        public String getName() {
            return username;
        }
    }
}

package io.junction.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page session carries the roles its user had at sign-in. An admin who disables a user, changes
 * their role or renames them must not leave that session working: on every page request the signed-in
 * name is looked up again, and a session whose user is gone, disabled or holds another role now is
 * ended and sent to the sign-in page.
 */
final class SignedInUserCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignedInUserCheck.class);

    private final SignedInUsers users;

    SignedInUserCheck(SignedInUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null
                || !signedIn.isAuthenticated()
                || signedIn instanceof AnonymousAuthenticationToken
                || stillValid(signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        log.info(
                "Session of user '{}' ended: the user was disabled, removed or given another role since signing in",
                ThrottledAuthenticationProvider.loggable(signedIn.getName()));
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }

    private boolean stillValid(Authentication signedIn) {
        AppUser user = users.find(signedIn.getName());
        if (user == null || !user.enabled()) {
            return false;
        }
        // beside its role a session holds other authorities (the factors it signed in with): compare roles only
        List<String> roles = signedIn.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .toList();
        return roles.equals(List.of("ROLE_" + user.role().name()));
    }
}

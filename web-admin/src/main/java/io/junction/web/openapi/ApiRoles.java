package io.junction.web.openapi;

import io.junction.web.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Which roles reach an endpoint, asked of the security filter chains themselves (the evaluator that
 * Spring Security builds from them), so that the documented roles can never drift from the rules.
 */
@Component
public class ApiRoles {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    private final WebInvocationPrivilegeEvaluator rules;

    public ApiRoles(WebInvocationPrivilegeEvaluator rules) {
        this.rules = rules;
    }

    /**
     * The roles that may call {@code method} on {@code pathTemplate}, in the order of {@link Role}.
     *
     * @param pathTemplate a mapping's path, e.g. {@code /api/v1/shops/{id}/sync}: each variable stands for
     *     one path segment, as in a real call
     */
    public List<Role> allowed(String method, String pathTemplate) {
        String path = PATH_VARIABLE.matcher(pathTemplate).replaceAll("1");
        return Arrays.stream(Role.values())
                .filter(role -> rules.isAllowed("", path, method, signedIn(role)))
                .toList();
    }

    private static UsernamePasswordAuthenticationToken signedIn(Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "openapi-" + role.name().toLowerCase(),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
    }
}

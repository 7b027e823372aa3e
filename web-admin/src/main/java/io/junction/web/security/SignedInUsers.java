package io.junction.web.security;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in person's user row, read from the database once per request and shared by all that
 * asks within it (the page session check, the shop scope), so that a change an admin made holds from
 * the person's next click on. Outside a request it is read at each call.
 */
@Component
public class SignedInUsers {

    private static final String ATTRIBUTE = SignedInUsers.class.getName();

    private final UserMapper users;

    public SignedInUsers(UserMapper users) {
        this.users = users;
    }

    /** The user named {@code username}, without its password hash; null when there is none (any more). */
    AppUser find(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read(username);
        }
        if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Read read
                && read.username().equals(username)) {
            return read.user();
        }
        AppUser user = read(username);
        request.setAttribute(ATTRIBUTE, new Read(username, user), RequestAttributes.SCOPE_REQUEST);
        return user;
    }

    /** Keeps a user row read by other means (an API token's) as this request's read of that user. */
    void remember(AppUser user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            AppUser safe = new AppUser(user.id(), user.username(), null, user.role(), user.enabled());
            request.setAttribute(ATTRIBUTE, new Read(user.username(), safe), RequestAttributes.SCOPE_REQUEST);
        }
    }

    private AppUser read(String username) {
        AppUser user = users.findByUsername(username);
        return user == null ? null : new AppUser(user.id(), user.username(), null, user.role(), user.enabled());
    }

    /** One read, kept in the request: the name asked for, and its row (null when there is none). */
    private record Read(String username, AppUser user) {}
}

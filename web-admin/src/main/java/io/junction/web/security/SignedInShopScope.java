package io.junction.web.security;

import io.junction.shop.ShopScope;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in person's shops, read from the database once per request (their user row shared with the
 * session check through {@link SignedInUsers}), so that a grant changed by an admin holds from the
 * person's next click on. Admins and users without grants see every shop; a user who no longer exists
 * or was disabled sees none. Outside a request (schedules, the write-back relay) no person is acting,
 * and every shop is in scope.
 */
@Component
public class SignedInShopScope implements ShopScope {

    private static final String ATTRIBUTE = SignedInShopScope.class.getName();
    /** Cached in the request for "every shop", since a request attribute cannot hold null. */
    private static final Object EVERY_SHOP = new Object();

    private final SignedInUsers signedIn;
    private final UserMapper users;

    public SignedInShopScope(SignedInUsers signedIn, UserMapper users) {
        this.signedIn = signedIn;
        this.users = users;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Long> shopIds() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object cached = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (cached == null) {
            Set<Long> resolved = resolve();
            cached = resolved == null ? EVERY_SHOP : resolved;
            request.setAttribute(ATTRIBUTE, cached, RequestAttributes.SCOPE_REQUEST);
        }
        return cached == EVERY_SHOP ? null : (Set<Long>) cached;
    }

    private Set<Long> resolve() {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        if (person == null || !person.isAuthenticated() || person instanceof AnonymousAuthenticationToken) {
            return Set.of();
        }
        AppUser user = signedIn.find(person.getName());
        if (user == null || !user.enabled()) {
            return Set.of();
        }
        if (user.role() == Role.ADMIN) {
            return null;
        }
        List<Long> granted = users.shopIds(user.id());
        return granted.isEmpty() ? null : Set.copyOf(granted);
    }
}

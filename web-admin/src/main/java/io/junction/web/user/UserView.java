package io.junction.web.user;

import io.junction.web.security.AppUser;
import io.junction.web.security.Role;
import java.util.List;

/**
 * A user as the API and the page show them: never the password nor its hash.
 *
 * @param shopIds the shops they may work on; empty for every shop
 */
public record UserView(long id, String username, Role role, boolean enabled, List<Long> shopIds) {

    static UserView of(AppUser user, List<Long> shopIds) {
        return new UserView(user.id(), user.username(), user.role(), user.enabled(), List.copyOf(shopIds));
    }

    /** Whether they work on every shop. */
    public boolean allShops() {
        return role == Role.ADMIN || shopIds.isEmpty();
    }
}

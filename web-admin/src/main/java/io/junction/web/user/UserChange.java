package io.junction.web.user;

import java.util.List;

/**
 * A user to add, or a user's new settings. {@link #toString()} never prints the password.
 *
 * @param password required for a new user; on a change, null keeps the password
 * @param role a {@link io.junction.web.security.Role} name
 * @param shopIds the shops the user may work on; null or empty for every shop
 */
public record UserChange(String username, String password, String role, List<Long> shopIds) {

    @Override
    public String toString() {
        return "UserChange[username=" + username + ", role=" + role + ", shopIds=" + shopIds + "]";
    }
}

package io.junction.web.security;

/** A person who signs in; the password only as its hash. */
public record AppUser(long id, String username, String passwordHash, Role role, boolean enabled) {
    @Override
    public String toString() {
        return "AppUser[" + username + ", " + role + "]";
    }
}

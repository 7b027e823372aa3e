package io.junction.web.security;

import java.time.Instant;

/**
 * A token a handheld app signs in with, one per device; only its hash is stored, never the token.
 *
 * @param revokedAt when it was revoked, null while it holds (until {@code expiresAt})
 */
public record ApiToken(
        long id,
        long userId,
        String username,
        String device,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        String revokedBy) {

    /** Whether the token still signs its user in at {@code now}. */
    public boolean active(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}

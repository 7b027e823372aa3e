package io.junction.web.security;

import io.junction.persistence.GeneratedId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Issues, checks and revokes API tokens. A token is 32 random bytes; the database keeps its SHA-256
 * only, so that a copy of the table signs nobody in, and checking one costs a hash and one indexed
 * read instead of a password hash (bcrypt) per request.
 */
@Service
public class ApiTokens {

    /** How long a token holds when the caller does not say. */
    public static final int DEFAULT_DAYS = 30;
    /** The longest a token may hold. */
    public static final int MAX_DAYS = 365;

    private static final String PREFIX = "jt_";

    private final ApiTokenMapper tokens;
    private final UserMapper users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(ApiTokenMapper tokens, UserMapper users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** A token just issued: the token itself is shown this once and never again. */
    public record Issued(long id, String token, String device, Instant expiresAt) {}

    /** Issues a token for the user's device, holding {@code days} days. */
    public Issued issue(String username, String device, int days) {
        AppUser user = users.findByUsername(username);
        if (user == null || !user.enabled()) {
            throw new IllegalStateException("no enabled user " + username);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(days));
        GeneratedId key = new GeneratedId();
        tokens.insert(key, user.id(), device, hash(token), now, expiresAt);
        return new Issued(key.get(), token, device, expiresAt);
    }

    /** The enabled user the token signs in, or null when it is unknown, expired or revoked. */
    AppUser userOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return null;
        }
        return tokens.findUserOfActive(hash(token), clock.instant());
    }

    /** The user's own tokens, or every user's when {@code username} is null. */
    public List<ApiToken> list(String username) {
        if (username == null) {
            return tokens.list(null);
        }
        AppUser user = users.findByUsername(username);
        return user == null ? List.of() : tokens.list(user.id());
    }

    /**
     * Revokes a token: its owner's, or anyone's for an admin. Answers false when there is no such
     * token for the caller (another user's token is not there for a non-admin).
     */
    public boolean revoke(long id, String actor, boolean admin) {
        ApiToken token = tokens.findById(id);
        if (token == null || (!admin && !token.username().equals(actor))) {
            return false;
        }
        tokens.revoke(id, actor, clock.instant());
        return true;
    }

    /** The token's SHA-256, in hex, as stored. */
    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

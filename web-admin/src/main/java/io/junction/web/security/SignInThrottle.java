package io.junction.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per user name and client address in the database, which every node shares:
 * after {@value #MAX_FAILURES} failures within {@link #WINDOW}, every attempt is refused for
 * {@link #BLOCK}, even with the right password, so that a password cannot be guessed at speed from
 * one address. A success clears the count. Another address is counted apart, so that a guesser
 * elsewhere cannot lock a person out of their own desk.
 */
@Component
public class SignInThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration BLOCK = Duration.ofMinutes(15);
    /** {@code app_sign_in_failure}'s key columns hold this many characters. */
    static final int MAX_USERNAME = 255;

    static final int MAX_ADDRESS = 64;

    private final UserMapper users;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SignInThrottle(UserMapper users, PlatformTransactionManager txManager, Clock clock) {
        this.users = users;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
    }

    /** How many failures within the window block a user from an address (for the sign-in page's text). */
    public int maxFailures() {
        return MAX_FAILURES;
    }

    /** How many minutes a blocked user is refused from that address (for the sign-in page's text). */
    public long blockMinutes() {
        return BLOCK.toMinutes();
    }

    /** The failures counted so far, or null when none are. */
    public SignInFailures failures(String username, String address) {
        return users.findFailures(key(username, MAX_USERNAME), key(address, MAX_ADDRESS));
    }

    /** Until when attempts are refused, or null when they are let through. */
    public Instant blockedUntil(SignInFailures failures) {
        Instant now = clock.instant();
        return failures != null
                        && failures.blockedUntil() != null
                        && failures.blockedUntil().isAfter(now)
                ? failures.blockedUntil()
                : null;
    }

    /** Counts a failure; the one that reaches the limit within the window blocks further attempts. */
    public void failed(String username, String address) {
        String user = key(username, MAX_USERNAME);
        String from = key(address, MAX_ADDRESS);
        try {
            tx.executeWithoutResult(s -> count(user, from));
        } catch (DuplicateKeyException firstFailureOnTwoNodesAtOnce) {
            tx.executeWithoutResult(s -> count(user, from));
        }
    }

    /** A success: the count starts afresh. */
    public void succeeded(String username, String address) {
        users.deleteFailures(key(username, MAX_USERNAME), key(address, MAX_ADDRESS));
    }

    private void count(String user, String from) {
        Instant now = clock.instant();
        SignInFailures known = users.findFailuresForUpdate(user, from);
        if (known == null) {
            users.insertFailure(user, from, now);
            return;
        }
        boolean windowOver = !known.firstFailedAt().plus(WINDOW).isAfter(now);
        int failures = windowOver ? 1 : known.failures() + 1;
        Instant first = windowOver ? now : known.firstFailedAt();
        Instant blockedUntil = failures >= MAX_FAILURES ? now.plus(BLOCK) : null;
        users.updateFailures(new SignInFailures(user, from, failures, first, blockedUntil));
    }

    private static String key(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}

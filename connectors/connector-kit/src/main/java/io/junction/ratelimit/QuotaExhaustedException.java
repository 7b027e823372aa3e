package io.junction.ratelimit;

import io.junction.channel.ChannelException;
import java.time.Duration;

/**
 * Our own shared bucket had no call to spare within the wait allowed: the call was <em>not sent</em>.
 * A {@link ChannelException.Kind#THROTTLED THROTTLED} refusal, so that a sync reports it as throttled
 * and tries again at its next run, and a write-back knows the platform saw nothing.
 */
public class QuotaExhaustedException extends ChannelException {

    private final QuotaKey key;
    private final Duration wait;

    public QuotaExhaustedException(QuotaKey key, UsagePlan plan, Duration wait, Duration maxWait) {
        super(
                Kind.THROTTLED,
                "rate limit " + plan + " of " + key + ": the next call is free in "
                        + wait.withNanos(0).plusSeconds(wait.getNano() > 0 ? 1 : 0) + ", longer than the "
                        + maxWait + " a call may wait; not sent");
        this.key = key;
        this.wait = wait;
    }

    /** Whose bucket was empty. */
    public QuotaKey key() {
        return key;
    }

    /** How long until the bucket could grant a call. */
    public Duration waitNeeded() {
        return wait;
    }
}

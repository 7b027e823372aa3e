package io.junction.outcome;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a call to a marketplace or a carrier did. Never a boolean and never a bare exception:
 * a caller must decide what to do when the remote side may or may not have acted.
 *
 * @param <T> what a success carries
 */
public sealed interface RemoteOutcome<T> {

    /** The remote side did it and said so. */
    record Succeeded<T>(T value) implements RemoteOutcome<T> {}

    /** The remote side answered and refused, with its own code and reason; nothing was done. */
    record Rejected<T>(String code, String message) implements RemoteOutcome<T> {
        public Rejected {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The request may or may not have taken effect (time-out, reset, an answer we cannot read).
     * Resolve it by looking the thing up, never by a blind retry.
     */
    record Unknown<T>(String cause) implements RemoteOutcome<T> {}

    static <T> RemoteOutcome<T> succeeded(T value) {
        return new Succeeded<>(value);
    }

    static <T> RemoteOutcome<T> rejected(String code, String message) {
        return new Rejected<>(code, message);
    }

    static <T> RemoteOutcome<T> unknown(String cause) {
        return new Unknown<>(cause);
    }

    /** The outcome in words, for a log line or a note: "ok", "CODE: message", or the unknown's cause. */
    default String describe() {
        if (this instanceof Rejected<T> r) {
            return r.code() + ": " + r.message();
        }
        if (this instanceof Unknown<T> u) {
            return u.cause();
        }
        return "ok";
    }

    /** The same outcome carrying a transformed success value. */
    default <R> RemoteOutcome<R> map(Function<? super T, ? extends R> f) {
        if (this instanceof Succeeded<T> s) {
            return new Succeeded<>(f.apply(s.value()));
        }
        if (this instanceof Rejected<T> r) {
            return new Rejected<>(r.code(), r.message());
        }
        return new Unknown<>(((Unknown<T>) this).cause());
    }
}

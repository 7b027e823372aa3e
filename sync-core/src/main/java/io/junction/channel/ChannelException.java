package io.junction.channel;

/** A marketplace read that failed as a whole; the message never carries a credential. */
public class ChannelException extends RuntimeException {

    /** Why the read failed, so that callers can report and back off sensibly. */
    public enum Kind {
        /** The platform's rate limit answered (429 or its own throttling error). */
        THROTTLED,
        /** Credentials or token refused. */
        UNAUTHORIZED,
        /** 5xx, time-out or a dropped connection. */
        UNAVAILABLE,
        /** The platform refused the request itself (a bad parameter). */
        INVALID_REQUEST
    }

    private final Kind kind;

    public ChannelException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ChannelException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}

package io.junction.connectors.kit;

/**
 * A write may have reached the platform but no answer came back (time-out, reset), or the platform
 * could not be reached at all.
 *
 * @see #sent()
 */
public final class NoAnswerException extends RuntimeException {
    private final boolean sent;

    NoAnswerException(boolean sent, String message, Throwable cause) {
        super(message, cause);
        this.sent = sent;
    }

    /** False when the connection could not even be opened: the platform certainly did nothing. */
    public boolean sent() {
        return sent;
    }
}

package io.junction.sync;

/** A quarantine action that cannot be done as asked; nothing was changed. */
public class QuarantineRefusedException extends RuntimeException {

    private final boolean platformUnreachable;

    QuarantineRefusedException(String message, boolean platformUnreachable) {
        super(message);
        this.platformUnreachable = platformUnreachable;
    }

    /** Whether the platform could not be asked (try again later), rather than the entry refusing the action. */
    public boolean platformUnreachable() {
        return platformUnreachable;
    }
}

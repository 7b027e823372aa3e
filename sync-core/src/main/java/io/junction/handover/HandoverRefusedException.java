package io.junction.handover;

import io.junction.order.Refusal;

/** A hand-over step refused, with its reason; nothing changed. */
public class HandoverRefusedException extends RuntimeException {

    /** No batch of that id: {@code (id)}. */
    public static final String NO_SUCH_BATCH = "no-such-batch";
    /** No carrier account of that carrier: {@code (carrier)}. */
    public static final String NO_SUCH_CARRIER = "no-such-carrier";
    /** The batch is closed: {@code (id)}. */
    public static final String CLOSED = "closed";
    /** No parcel has that tracking or package number: {@code (code)}. */
    public static final String NO_SUCH_PARCEL = "no-such-parcel";
    /** The parcel is not scanned out yet: {@code (code)}. */
    public static final String NOT_SHIPPED = "not-shipped";
    /** The parcel goes with another carrier: {@code (code, carrier)}. */
    public static final String OTHER_CARRIER = "other-carrier";
    /** The parcel is in a batch already: {@code (code, batchId)}. */
    public static final String ALREADY_IN_BATCH = "already-in-batch";
    /** The batch changed while it was being closed (a parcel scanned meanwhile): {@code (id)}. */
    public static final String CHANGED_MEANWHILE = "changed-meanwhile";
    /** No code was scanned: no arguments. */
    public static final String NO_CODE = "no-code";

    private final Refusal refusal;
    /** Whether it clashes with what exists (409) rather than naming nothing (404) or bad input (400). */
    private final boolean conflict;

    public HandoverRefusedException(Refusal refusal, boolean conflict, String message) {
        super(message);
        this.refusal = refusal;
        this.conflict = conflict;
    }

    public Refusal refusal() {
        return refusal;
    }

    public boolean conflict() {
        return conflict;
    }

    /** Whether the refusal says something named does not exist. */
    public boolean notFound() {
        return refusal.code().equals(NO_SUCH_BATCH);
    }
}

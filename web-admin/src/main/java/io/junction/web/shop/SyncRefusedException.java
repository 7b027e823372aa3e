package io.junction.web.shop;

import io.junction.sync.SyncClaims;

/**
 * "Sync now" asked of a shop that may not sync now: a disabled one, or one whose sync is running
 * ({@code heldBy} says where, since and until when). Nothing ran.
 */
class SyncRefusedException extends RuntimeException {

    private final transient SyncClaims.Holder heldBy;

    SyncRefusedException(String message) {
        this(message, null);
    }

    SyncRefusedException(String message, SyncClaims.Holder heldBy) {
        super(message);
        this.heldBy = heldBy;
    }

    SyncClaims.Holder heldBy() {
        return heldBy;
    }
}

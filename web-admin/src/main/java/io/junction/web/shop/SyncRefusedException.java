package io.junction.web.shop;

/** "Sync now" asked of a shop that may not sync (a disabled one); nothing ran. */
class SyncRefusedException extends RuntimeException {

    SyncRefusedException(String message) {
        super(message);
    }
}

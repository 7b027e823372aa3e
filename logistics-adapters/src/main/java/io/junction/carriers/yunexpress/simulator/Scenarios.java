package io.junction.carriers.yunexpress.simulator;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Failures staged for the next call; each is used up by the call it applies to. */
final class Scenarios {

    final AtomicBoolean dropAfterAccepting = new AtomicBoolean();
    final AtomicInteger failStatus = new AtomicInteger();
    final AtomicReference<String> rejectRemark = new AtomicReference<>();
    final AtomicBoolean trackingLater = new AtomicBoolean();
    final AtomicBoolean dropAfterDeleting = new AtomicBoolean();

    void clear() {
        dropAfterAccepting.set(false);
        failStatus.set(0);
        rejectRemark.set(null);
        trackingLater.set(false);
        dropAfterDeleting.set(false);
    }
}

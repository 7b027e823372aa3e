package io.junction.carriers.yunexpress.simulator;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The carrier's own failures staged for the next call, beside the kit's scenario queue; each is used
 * up by the call it applies to.
 */
final class Scenarios {

    final AtomicReference<String> rejectRemark = new AtomicReference<>();
    final AtomicBoolean trackingLater = new AtomicBoolean();
    final AtomicBoolean dropAfterDeleting = new AtomicBoolean();

    void clear() {
        rejectRemark.set(null);
        trackingLater.set(false);
        dropAfterDeleting.set(false);
    }
}

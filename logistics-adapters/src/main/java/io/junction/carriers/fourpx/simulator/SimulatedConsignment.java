package io.junction.carriers.fourpx.simulator;

import io.junction.channel.Address;
import java.time.Instant;

/**
 * A consignment in the simulator's book.
 *
 * @param refNo the caller's reference
 * @param booked when it was created: its journey starts there
 * @param received true once the depot has it (explicitly, or its journey passed the first scan): no cancel any more
 * @param cancelled true once cancelled: lookups say so, labels and tracking no longer find it
 * @param heldAt when it was intercepted ({@code ds.xms.order.hold}); null when it was not
 */
public record SimulatedConsignment(
        String refNo,
        String dsConsignmentNo,
        String trackingNo,
        String productCode,
        Address recipient,
        int weightGrams,
        Instant booked,
        boolean received,
        boolean cancelled,
        Instant heldAt) {

    SimulatedConsignment asReceived() {
        return with(true, cancelled, heldAt);
    }

    SimulatedConsignment asCancelled() {
        return with(received, true, heldAt);
    }

    SimulatedConsignment heldAt(Instant when) {
        return with(received, cancelled, when);
    }

    /** This consignment with the state that changes after booking. */
    private SimulatedConsignment with(boolean received, boolean cancelled, Instant heldAt) {
        return new SimulatedConsignment(
                refNo,
                dsConsignmentNo,
                trackingNo,
                productCode,
                recipient,
                weightGrams,
                booked,
                received,
                cancelled,
                heldAt);
    }
}

package io.junction.carriers.yanwen.simulator;

import io.junction.channel.Address;
import java.time.Instant;

/**
 * An order in the simulator's book.
 *
 * @param orderNumber the caller's reference
 * @param booked when it was created: its journey starts there
 * @param received true once the depot has it (explicitly, or its journey passed the first scan)
 * @param cancelled true once cancelled
 */
public record SimulatedOrder(
        String orderNumber,
        String waybillNumber,
        String channelId,
        Address recipient,
        int weightGrams,
        Instant booked,
        boolean received,
        boolean cancelled) {

    SimulatedOrder asReceived() {
        return new SimulatedOrder(
                orderNumber, waybillNumber, channelId, recipient, weightGrams, booked, true, cancelled);
    }

    SimulatedOrder asCancelled() {
        return new SimulatedOrder(
                orderNumber, waybillNumber, channelId, recipient, weightGrams, booked, received, true);
    }
}

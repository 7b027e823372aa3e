package io.junction.simulator.label;

import io.junction.channel.Address;
import java.util.Objects;

/**
 * What goes on a label.
 *
 * @param trackingNumber printed and encoded as the barcode; required
 * @param reference our package reference, printed so a packer can match label and package
 * @param serviceName the carrier service, printed at the top
 * @param recipient the ship-to address; required
 * @param senderLine one line naming the sender (may be null)
 */
public record LabelContent(
        String trackingNumber, String reference, String serviceName, Address recipient, String senderLine) {

    public LabelContent {
        Objects.requireNonNull(recipient, "recipient");
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new IllegalArgumentException("a label needs a tracking number");
        }
    }
}

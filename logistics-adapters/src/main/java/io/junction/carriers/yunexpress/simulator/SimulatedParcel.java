package io.junction.carriers.yunexpress.simulator;

import io.junction.channel.Address;
import java.math.BigDecimal;

/**
 * A parcel in the simulator's book.
 *
 * @param customerOrderNumber the caller's reference
 * @param trackingNumber null while pending (see {@link YunExpressSimulator#assignsTrackingNumberLater()})
 * @param weightKg as declared in CreateOrder
 */
public record SimulatedParcel(
        String customerOrderNumber,
        String wayBillNumber,
        String trackingNumber,
        String shippingMethodCode,
        Address recipient,
        BigDecimal weightKg) {

    /** True once the parcel has a tracking number. */
    public boolean hasTrackingNumber() {
        return trackingNumber != null;
    }

    SimulatedParcel withTrackingNumber(String number) {
        return new SimulatedParcel(customerOrderNumber, wayBillNumber, number, shippingMethodCode, recipient, weightKg);
    }
}

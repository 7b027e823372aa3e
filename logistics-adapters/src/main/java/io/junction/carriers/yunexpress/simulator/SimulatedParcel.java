package io.junction.carriers.yunexpress.simulator;

import io.junction.channel.Address;
import java.math.BigDecimal;

/**
 * A parcel in the simulator's book.
 *
 * @param customerOrderNumber the caller's reference
 * @param trackingNumber null while pending (see {@link YunExpressSimulator#assignsTrackingNumberLater()})
 * @param weightKg as declared in CreateOrder
 * @param received true once the depot has it (see {@link YunExpressSimulator#receives(String)}): it can no longer be deleted
 * @param deleted true once WayBill/Delete removed it: lookups and labels no longer find it
 */
public record SimulatedParcel(
        String customerOrderNumber,
        String wayBillNumber,
        String trackingNumber,
        String shippingMethodCode,
        Address recipient,
        BigDecimal weightKg,
        boolean received,
        boolean deleted) {

    /** True once the parcel has a tracking number. */
    public boolean hasTrackingNumber() {
        return trackingNumber != null;
    }

    SimulatedParcel withTrackingNumber(String number) {
        return new SimulatedParcel(
                customerOrderNumber, wayBillNumber, number, shippingMethodCode, recipient, weightKg, received, deleted);
    }

    SimulatedParcel asReceived() {
        return new SimulatedParcel(
                customerOrderNumber,
                wayBillNumber,
                trackingNumber,
                shippingMethodCode,
                recipient,
                weightKg,
                true,
                deleted);
    }

    SimulatedParcel asDeleted() {
        return new SimulatedParcel(
                customerOrderNumber,
                wayBillNumber,
                trackingNumber,
                shippingMethodCode,
                recipient,
                weightKg,
                received,
                true);
    }

    SimulatedParcel withWeight(BigDecimal kg) {
        return new SimulatedParcel(
                customerOrderNumber,
                wayBillNumber,
                trackingNumber,
                shippingMethodCode,
                recipient,
                kg,
                received,
                deleted);
    }
}

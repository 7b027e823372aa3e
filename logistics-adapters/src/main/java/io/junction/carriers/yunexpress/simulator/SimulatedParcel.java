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
        return with(number, weightKg, received, deleted);
    }

    SimulatedParcel asReceived() {
        return with(trackingNumber, weightKg, true, deleted);
    }

    SimulatedParcel asDeleted() {
        return with(trackingNumber, weightKg, received, true);
    }

    SimulatedParcel withWeight(BigDecimal kg) {
        return with(trackingNumber, kg, received, deleted);
    }

    /** This parcel with the state that changes after booking. */
    private SimulatedParcel with(String trackingNumber, BigDecimal weightKg, boolean received, boolean deleted) {
        return new SimulatedParcel(
                customerOrderNumber,
                wayBillNumber,
                trackingNumber,
                shippingMethodCode,
                recipient,
                weightKg,
                received,
                deleted);
    }
}

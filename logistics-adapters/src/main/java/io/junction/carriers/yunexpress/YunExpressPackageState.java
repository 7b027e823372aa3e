package io.junction.carriers.yunexpress;

import io.junction.logistics.TrackingStatus;
import java.util.Arrays;
import java.util.Optional;

/** {@code PackageState} in YunExpress' tracking, and where that puts the parcel in our words. */
public enum YunExpressPackageState {

    /** 0: YunExpress does not say; the events decide. */
    UNKNOWN(0, null),

    /** 1: the order is submitted, the parcel not yet scanned. */
    SUBMITTED(1, TrackingStatus.INFO_RECEIVED),

    /** 2: on its way. */
    IN_TRANSIT(2, TrackingStatus.IN_TRANSIT),

    /** 3: signed for: delivered. */
    SIGNED(3, TrackingStatus.DELIVERED),

    /** 4: received (UNCONFIRMED whether at YunExpress' depot or at the destination): the parcel was scanned. */
    RECEIVED(4, TrackingStatus.PICKED_UP),

    /** 5: cancelled. */
    CANCELLED(5, TrackingStatus.EXCEPTION),

    /** 6: delivery failed. */
    DELIVERY_FAILED(6, TrackingStatus.EXCEPTION),

    /** 7: returned. */
    RETURNED(7, TrackingStatus.RETURNED);

    private final int code;
    private final TrackingStatus tracking;

    YunExpressPackageState(int code, TrackingStatus tracking) {
        this.code = code;
        this.tracking = tracking;
    }

    /** The number YunExpress sends. */
    public int code() {
        return code;
    }

    /** Where the parcel is in our words; empty for {@link #UNKNOWN}. */
    public Optional<TrackingStatus> tracking() {
        return Optional.ofNullable(tracking);
    }

    /** The state for YunExpress' number, empty for a number we do not know. */
    public static Optional<YunExpressPackageState> fromCode(Integer code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    /** The state the simulator shows for a parcel in this tracking status. */
    public static YunExpressPackageState of(TrackingStatus status) {
        return switch (status) {
            case INFO_RECEIVED -> SUBMITTED;
            case PICKED_UP -> RECEIVED;
            case IN_TRANSIT, OUT_FOR_DELIVERY -> IN_TRANSIT;
            case DELIVERED -> SIGNED;
            case EXCEPTION -> DELIVERY_FAILED;
            case RETURNED -> RETURNED;
        };
    }
}

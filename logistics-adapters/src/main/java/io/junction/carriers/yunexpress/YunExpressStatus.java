package io.junction.carriers.yunexpress;

import java.util.Arrays;
import java.util.Optional;

/** {@code Status} of an order in YunExpress' tracking-number lookup, and what it means for us. */
public enum YunExpressStatus {

    /** The tracking number is assigned: the parcel is ready to ship. */
    ASSIGNED(1),

    /** The carrier is still generating the tracking number: the parcel exists, its number comes later. */
    GENERATING(2),

    /** The shipping method has no tracking number of its own: the parcel exists and is ready without one. */
    NOT_NEEDED(3),

    /** The carrier could not assign a tracking number: the order exists but cannot ship as it is. */
    FAILED(4);

    private final int code;

    YunExpressStatus(int code) {
        this.code = code;
    }

    /** The number YunExpress sends. */
    public int code() {
        return code;
    }

    /** The status for YunExpress' number, empty for a number we do not know. */
    public static Optional<YunExpressStatus> fromCode(Integer code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }
}

package io.junction.carriers.yanwen;

import io.junction.logistics.TrackingStatus;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code status} of an order in {@code express.order.getlist} (运单状态), and what it means for us
 * (UNCONFIRMED: the numbers as a third-party Yanwen client documents them).
 */
public enum YanwenStatus {

    /** 已制单: the order exists, nothing shipped yet. */
    CREATED(0, TrackingStatus.INFO_RECEIVED),

    /** 已确认发货: the seller confirmed shipping; not yet at Yanwen. */
    CONFIRMED(1, TrackingStatus.INFO_RECEIVED),

    /** 已收货: Yanwen received the parcel: the first carrier scan. */
    RECEIVED(2, TrackingStatus.PICKED_UP),

    /** 运输途中: on its way. */
    IN_TRANSIT(3, TrackingStatus.IN_TRANSIT),

    /** 已妥投: delivered. */
    DELIVERED(4, TrackingStatus.DELIVERED),

    /** 已取消: cancelled; a lookup treats it as not held. */
    CANCELLED(5, TrackingStatus.EXCEPTION),

    /** 已截留: held back by Yanwen (intercepted). */
    HELD(6, TrackingStatus.EXCEPTION),

    /** 派送异常: delivery failed. */
    DELIVERY_FAILED(7, TrackingStatus.EXCEPTION),

    /** 异常: another problem. */
    PROBLEM(8, TrackingStatus.EXCEPTION),

    /** 退件: returned to the sender. */
    RETURNED(9, TrackingStatus.RETURNED);

    private final int code;
    private final TrackingStatus tracking;

    YanwenStatus(int code, TrackingStatus tracking) {
        this.code = code;
        this.tracking = tracking;
    }

    /** The number Yanwen sends. */
    public int code() {
        return code;
    }

    /** Where the parcel is, in our words. */
    public TrackingStatus tracking() {
        return tracking;
    }

    /** The status for Yanwen's number, empty for a number we do not know. */
    public static Optional<YanwenStatus> fromCode(Integer code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    /** The status a parcel in this tracking status shows in the simulator's lookups. */
    public static YanwenStatus of(TrackingStatus tracking) {
        return switch (tracking) {
            case INFO_RECEIVED -> CREATED;
            case PICKED_UP -> RECEIVED;
            case IN_TRANSIT, OUT_FOR_DELIVERY -> IN_TRANSIT;
            case DELIVERED -> DELIVERED;
            case EXCEPTION -> HELD;
            case RETURNED -> RETURNED;
        };
    }
}

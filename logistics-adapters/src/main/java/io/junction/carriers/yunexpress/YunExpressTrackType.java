package io.junction.carriers.yunexpress;

import java.util.Arrays;
import java.util.Optional;

/** {@code TrackType} of a created order: whether the carrier gave a tracking number straight away. */
public enum YunExpressTrackType {

    /** A tracking number was given with the answer. */
    GIVEN(1),

    /** The tracking number is pending; look the order up later to get it. */
    PENDING(2),

    /** The shipping method has no tracking number. */
    NONE(3);

    private final int code;

    YunExpressTrackType(int code) {
        this.code = code;
    }

    /** The number YunExpress sends. */
    public int code() {
        return code;
    }

    /** The track type for YunExpress' number, empty for a number we do not know. */
    public static Optional<YunExpressTrackType> fromCode(Integer code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.code == code).findFirst();
    }
}

package io.junction.shipping;

import io.junction.order.Refusal;
import java.util.List;

/**
 * What force-shipping one order would do, told before it is done: its consequences, or why it is refused.
 *
 * @param consequences what happens, in order; empty when refused
 * @param refusal why the order cannot be force-shipped, or null
 */
public record ForceShipPreview(long orderId, String platformOrderId, List<Consequence> consequences, Refusal refusal) {

    public ForceShipPreview {
        consequences = List.copyOf(consequences);
    }

    public boolean allowed() {
        return refusal == null;
    }

    /**
     * One consequence, as a stable code (its text is the message {@code order.force-ship.consequence.<code>}) and
     * the values the sentence names.
     */
    public record Consequence(String code, List<Object> args) {

        /** Stock is reserved afresh (the refund request gave it back): no arguments. */
        public static final String REALLOCATES = "reallocates-stock";
        /** A new carrier parcel is requested: {@code (logisticsMethodName)}. */
        public static final String REQUESTS_PARCEL = "requests-parcel";
        /** A new carrier parcel is requested with the method allocation picks: no arguments. */
        public static final String REQUESTS_PARCEL_ANY = "requests-parcel-any";
        /** The order ships with the parcel it has: {@code (trackingNumbers)}. */
        public static final String SHIPS_WITH_TRACKING = "ships-with-tracking";
        /** The order goes on from where it stands: {@code (status)}. */
        public static final String CONTINUES = "continues";
        /** The platform's refund flag no longer stops it, until the platform's state changes: {@code (platform)}. */
        public static final String FLAG_OVERRIDDEN = "flag-overridden";

        public Consequence {
            args = List.copyOf(args);
        }

        static Consequence of(String code, Object... args) {
            return new Consequence(code, List.of(args));
        }
    }
}

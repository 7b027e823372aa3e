package io.junction.quarantine;

/**
 * A quarantine action that cannot be done as asked; nothing was changed. The message is English for
 * logs; {@link #refusal()} is its code and arguments for the reader's language.
 */
public class QuarantineRefusedException extends RuntimeException {

    /** The entry is settled: {@code (id, status)}. */
    public static final String SETTLED = "quarantine-settled";
    /** The entry is settled as an order: {@code (id, status, orderId)}. */
    public static final String SETTLED_AS_ORDER = "quarantine-settled-as-order";
    /** The platform sent no order id with the payload: {@code (id)}. */
    public static final String NO_PLATFORM_ORDER_ID = "quarantine-no-platform-order-id";
    /** The entry's shop is disabled: {@code (shopName)}. */
    public static final String SHOP_DISABLED = "quarantine-shop-disabled";
    /** The platform could not be asked: {@code (platform, its message as it came, redacted)}. */
    public static final String PLATFORM_UNREACHABLE = "quarantine-platform-unreachable";
    /** Someone dismissed the entry while it was read again: {@code (id)}. */
    public static final String DISMISSED_MEANWHILE = "quarantine-dismissed-meanwhile";
    /** Dismissing an entry that is settled already: {@code (id, status)}. */
    public static final String ALREADY_SETTLED = "quarantine-already-settled";

    private final boolean platformUnreachable;
    private final transient io.junction.order.Refusal refusal;

    QuarantineRefusedException(String message, boolean platformUnreachable) {
        this(null, message, platformUnreachable);
    }

    QuarantineRefusedException(io.junction.order.Refusal refusal, String message, boolean platformUnreachable) {
        super(message);
        this.platformUnreachable = platformUnreachable;
        this.refusal = refusal;
    }

    /** Whether the platform could not be asked (try again later), rather than the entry refusing the action. */
    public boolean platformUnreachable() {
        return platformUnreachable;
    }

    /** Why, as a code and its arguments; null when there is none. */
    public io.junction.order.Refusal refusal() {
        return refusal;
    }
}

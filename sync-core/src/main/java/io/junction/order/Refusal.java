package io.junction.order;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why an action on an order was refused, as a stable code and its arguments, so that the pages and
 * the API can say it in the reader's language (statuses among the arguments are named there, never
 * shown as their codes). The English text of the {@link OrderActionException} stays beside it for
 * logs and for callers without a message bundle.
 *
 * @param code a short kebab-case name of the reason, e.g. {@code wrong-status}
 * @param args what the sentence names, in order: statuses as {@link OrderStatus}, other values as they are
 */
public record Refusal(String code, List<Object> args) implements Serializable {

    /** The order is in another status than the action needs: {@code (is, expected)}. */
    public static final String WRONG_STATUS = "wrong-status";
    /** No order with that id: {@code (orderId)}. */
    public static final String NO_SUCH_ORDER = "no-such-order";
    /** The transition table does not allow the move: {@code (from, to)}. */
    public static final String MOVE_NOT_ALLOWED = "move-not-allowed";
    /** Someone else changed the order since it was read: {@code (from)}. */
    public static final String CHANGED_MEANWHILE = "changed-meanwhile";
    /** The platform's state was never read since an upgrade: {@code (platform)}. */
    public static final String PLATFORM_STATE_UNKNOWN = "platform-state-unknown";
    /** Cancelled on the platform: {@code (platform)}. */
    public static final String PLATFORM_CANCELLED = "platform-cancelled";
    /** A refund request is open on the platform: {@code (platform)}. */
    public static final String PLATFORM_REFUND_OPEN = "platform-refund-open";
    /** The platform says the order shipped: {@code (platform)}. */
    public static final String PLATFORM_SHIPPED = "platform-shipped";
    /** Not paid on the platform: {@code (platform)}. */
    public static final String PLATFORM_UNPAID = "platform-unpaid";
    /** A carrier parcel of the order may still stand: {@code (packageNo, preAdviceStatus)}. */
    public static final String PARCEL_MAY_STAND = "parcel-may-stand";
    /** Not enough stock: {@code (sku, needed, available)}. */
    public static final String NOT_ENOUGH_STOCK = "not-enough-stock";
    /** Neither the order nor its shop names a logistics method: no arguments. */
    public static final String NO_LOGISTICS_METHOD = "no-logistics-method";
    /** A platform SKU without a warehouse SKU: {@code (platformSku)}. */
    public static final String SKU_NOT_PAIRED = "sku-not-paired";
    /** A warehouse SKU without customs data: {@code (sku)}. */
    public static final String NO_CUSTOMS_DATA = "no-customs-data";
    /** "Mark printed" before any label of the package was printed: {@code (packageNo)}. */
    public static final String LABEL_NOT_PRINTED = "label-not-printed";
    /** The marketplace lets no confirmed tracking number change: {@code (platform)}. */
    public static final String TRACKING_CHANGE_UNSUPPORTED = "tracking-change-unsupported";
    /** The package's shipment is not confirmed on the marketplace yet: {@code (packageNo, platform)}. */
    public static final String TRACKING_CHANGE_UNCONFIRMED = "tracking-change-unconfirmed";
    /** Another change of the package awaits the marketplace's answer: {@code (packageNo, newNumber, platform)}. */
    public static final String TRACKING_CHANGE_AWAITED = "tracking-change-awaited";
    /** The package already carries that number: {@code (packageNo, number)}. */
    public static final String TRACKING_CHANGE_SAME = "tracking-change-same";
    /** The change is being sent right now: {@code (packageNo, newNumber, platform)}. */
    public static final String TRACKING_CHANGE_SENDING = "tracking-change-sending";
    /** The order is past the point where it may be edited: {@code (status)}. */
    public static final String EDIT_WRONG_STATUS = "edit-wrong-status";
    /** A package's parcel is requested already, so the order may not change: {@code (packageNo, preAdviceStatus)}. */
    public static final String PARCEL_REQUESTED = "parcel-requested";
    /** The order has no such line: {@code (lineId, orderId)}. */
    public static final String NO_SUCH_LINE = "no-such-line";
    /** A quantity below one: {@code (platformSku)}. */
    public static final String QUANTITY_AT_LEAST_ONE = "quantity-at-least-one";
    /** Quantities change only before stock is reserved: no arguments. */
    public static final String QUANTITY_AFTER_ALLOCATION = "quantity-after-allocation";
    /** No platform change of that field awaits a decision: {@code (field)}. */
    public static final String NO_PLATFORM_CHANGE = "no-platform-change";
    /** Only an allocated order without a requested parcel can be split: {@code (status)}. */
    public static final String SPLIT_WRONG_STATUS = "split-wrong-status";
    /** The marketplace confirms whole orders only: {@code (platform)}. */
    public static final String SPLIT_UNSUPPORTED = "split-unsupported";
    /** A split names fewer than two packages: no arguments. */
    public static final String SPLIT_TOO_FEW = "split-too-few";
    /** A package of a split holds nothing: {@code (packageNumber)}, counted from 1. */
    public static final String SPLIT_EMPTY_PACKAGE = "split-empty-package";
    /** The packages do not hold exactly the line's units: {@code (platformSku, ordered, inPackages)}. */
    public static final String SPLIT_UNITS_MISMATCH = "split-units-mismatch";
    /**
     * The marketplace ships a line (sub-order) whole, so its units cannot go in two packages:
     * {@code (platform, platformSku, ordered)}.
     */
    public static final String SPLIT_LINE_WHOLE = "split-line-whole";
    /** The package carries merged orders: {@code (packageNo)}. */
    public static final String SPLIT_MERGED = "split-merged";
    /** A merge names fewer than two distinct orders: no arguments. */
    public static final String MERGE_TOO_FEW = "merge-too-few";
    /** Only allocated orders without a requested parcel merge: {@code (orderId, status)}. */
    public static final String MERGE_WRONG_STATUS = "merge-wrong-status";
    /** The orders differ in shop, buyer or address: {@code (orderId, otherOrderId)}. */
    public static final String MERGE_MISMATCH = "merge-mismatch";
    /** A resend ships on its own, never merged (its package is never confirmed to the marketplace): {@code (orderId)}. */
    public static final String MERGE_RESEND = "merge-resend";
    /** The order is merged already: {@code (orderId, packageNo)}. */
    public static final String MERGE_ALREADY = "merge-already";
    /** The order is not merged with any other: {@code (orderId)}. */
    public static final String MERGE_NONE = "merge-none";
    /** Orders by hand go in a manual shop: {@code (shopName)}. */
    public static final String MANUAL_SHOP_REQUIRED = "manual-shop-required";
    /** The manual shop has an order of that number: {@code (orderNumber)}. */
    public static final String MANUAL_NUMBER_TAKEN = "manual-number-taken";
    /** No package line with that id: {@code (packageLineId)}. */
    public static final String NO_SUCH_PACKAGE_LINE = "no-such-package-line";
    /** The order is past the point where its logistics method can change (printed, shipped, stopped): {@code (is)}. */
    public static final String METHOD_NOT_CHANGEABLE = "method-not-changeable";
    /** The package carries merged orders, so it cannot be withdrawn for one of them: {@code (packageNo)}. */
    public static final String PACKAGE_MERGED = "package-merged";
    /** A package of the order has no tracking number yet (no parcel booked, none entered): {@code (packageNo)}. */
    public static final String NO_TRACKING_NUMBER = "no-tracking-number";
    /** The order is on hold: {@code (reason)}. */
    public static final String HELD = "held";
    /** The order has shipped already: {@code (platformOrderId)}. */
    public static final String ALREADY_SHIPPED = "already-shipped";
    /** Force-ship is for an open refund request, and the platform flags none: {@code (platform)}. */
    public static final String NO_REFUND_FLAG = "no-refund-flag";
    /** A fault nobody foresaw: {@code (message)}. */
    public static final String UNEXPECTED = "unexpected";

    public Refusal {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Refusal of(String code, Object... args) {
        return new Refusal(code, Arrays.asList(args));
    }
}

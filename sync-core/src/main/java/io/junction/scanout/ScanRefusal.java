package io.junction.scanout;

/**
 * Why the station refused a scan. The station shows each as a sentence in the packer's language,
 * filled in with the refusal's arguments (listed per constant, in order).
 */
public enum ScanRefusal {
    /** No package has the scanned tracking or package number. Arguments: the code. */
    UNKNOWN_PACKAGE,
    /** A product's barcode was scanned while no package is open. Arguments: the code, the SKU, its name. */
    ITEM_BARCODE_FIRST,
    /** The scanned number belongs to several packages. Arguments: the code. */
    SEVERAL_PACKAGES,
    /** The package asked for does not exist (any more). Arguments: the package id. */
    NO_PACKAGE,
    /** The package has shipped already. Arguments: the package number. */
    ALREADY_SHIPPED,
    /**
     * The order is held, cancelled or otherwise not waiting for shipment. Arguments: the platform's
     * order id, the order's {@link io.junction.order.OrderStatus}, the reason recorded with it (or null).
     */
    MUST_NOT_SHIP,
    /** The barcode is none of our products'. Arguments: the code. */
    UNKNOWN_BARCODE,
    /** The product is not in this package. Arguments: the SKU, its name. */
    WRONG_ITEM,
    /** Every unit of the product is scanned already. Arguments: the quantity, the SKU. */
    TOO_MANY,
    /** A package was to ship with items still unscanned. Arguments: the missing items, as "SKU scanned/quantity, …". */
    INCOMPLETE,
    /**
     * The measured weight is further from the expected one than the station's tolerance. Arguments: the
     * measured grams, the expected grams, the tolerance in grams.
     */
    WEIGHT_OUT_OF_TOLERANCE,
    /** The station asks for a weight before shipping and the parcel has none. Arguments: the package number. */
    NOT_WEIGHED,
    /** The station asks for a quality check before shipping and it was not confirmed. Arguments: the package number. */
    QC_NOT_CONFIRMED,
    /** No item scan of the package is left to undo. Arguments: the package number. */
    NOTHING_TO_UNDO
}

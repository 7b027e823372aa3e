package io.junction.order;

/**
 * Why a reviewed order could not be allocated at its last attempt; stored by name on the order and
 * cleared when it is allocated. Its items ({@link BlockItem}) name what is at fault.
 */
public enum AllocationBlock {
    /** A platform SKU of the order is paired with no warehouse SKU; the items are those platform SKUs. */
    UNPAIRED,
    /** Fewer units are available than the order needs; the items are the SKUs and how many are missing. */
    OUT_OF_STOCK,
    /** A warehouse SKU lacks the customs data a cross-border pre-advice needs; the items are those SKUs. */
    NO_CUSTOMS_DATA,
    /** Neither the order nor its shop names a logistics method; no items. */
    NO_LOGISTICS_METHOD
}

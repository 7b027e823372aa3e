package io.junction.label;

/** The order in which a batch of labels comes out of the printer, as the clerk chooses it. */
public enum LabelSort {
    /** Grouped by carrier, then by order: each carrier's pile apart. */
    CARRIER,
    /** By the first warehouse SKU of each parcel: parcels of one product together at the packing bench. */
    SKU,
    /** By the first bin location of each parcel: in the order a picker walks the shelves. */
    BIN,
    /** In the order the orders were selected on screen. */
    SCREEN
}

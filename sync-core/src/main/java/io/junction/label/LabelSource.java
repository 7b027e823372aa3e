package io.junction.label;

/** Whose label a logistics method's parcels carry; stored by name in {@code lgs_method.label_source}. */
public enum LabelSource {
    /** The carrier's own label, fetched once and kept. */
    CARRIER,
    /** Junction's 100 × 100 mm label, for a carrier that prints none or a parcel booked outside Junction. */
    JUNCTION
}

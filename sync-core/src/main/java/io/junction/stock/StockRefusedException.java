package io.junction.stock;

import io.junction.order.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/** A receipt or an adjustment refused with every reason; nothing was changed. */
public class StockRefusedException extends RuntimeException {

    /** The receipt's reference is taken by an earlier receipt: {@code (reference)}. */
    public static final String RECEIPT_EXISTS = "receipt-exists";
    /** A receipt needs a reference of 1 to 64 characters: {@code (max)}. */
    public static final String REFERENCE_REQUIRED = "reference-required";
    /** A receipt needs at least one line: no arguments. */
    public static final String NO_LINES = "no-lines";
    /** A line names neither a SKU code nor a barcode, or both: {@code (line)}. */
    public static final String SKU_OR_BARCODE = "sku-or-barcode";
    /** No SKU has this code: {@code (line, code)}; {@code line} is 0 for an adjustment. */
    public static final String UNKNOWN_SKU = "unknown-sku";
    /** No SKU has this barcode: {@code (line, barcode)}. */
    public static final String UNKNOWN_BARCODE = "unknown-barcode";
    /** A quantity must be at least 1: {@code (line, quantity)}. */
    public static final String QUANTITY_NOT_POSITIVE = "quantity-not-positive";
    /** A bin location is at most 32 characters: {@code (line, max)}. */
    public static final String LOCATION_TOO_LONG = "location-too-long";
    /** An adjustment changes on hand by a non-zero delta: no arguments. */
    public static final String DELTA_ZERO = "delta-zero";
    /** An adjustment says why, in at most 500 characters: {@code (max)}. */
    public static final String REASON_REQUIRED = "reason-required";
    /** On hand would fall below what allocated orders hold: {@code (sku, onHand, delta, reserved)}. */
    public static final String BELOW_RESERVED = "below-reserved";

    /**
     * One reason, tied to what a person has to fix.
     *
     * @param line the receipt line at fault, counted from 1; 0 for the request as a whole
     * @param field the JSON property at fault, e.g. {@code lines[2].barcode}
     */
    public record Problem(int line, String field, String reason, Refusal refusal) {}

    private final List<Problem> problems;
    private final boolean conflict;

    public StockRefusedException(List<Problem> problems, boolean conflict) {
        super(problems.stream().map(Problem::reason).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    static StockRefusedException conflict(String field, String reason, String code, Object... args) {
        return new StockRefusedException(List.of(new Problem(0, field, reason, Refusal.of(code, args))), true);
    }

    static StockRefusedException badInput(String field, String reason, String code, Object... args) {
        return new StockRefusedException(List.of(new Problem(0, field, reason, Refusal.of(code, args))), false);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether the request clashes with the stock as it stands (409) rather than being malformed (400). */
    public boolean conflict() {
        return conflict;
    }
}

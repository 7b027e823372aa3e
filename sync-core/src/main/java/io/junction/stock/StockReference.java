package io.junction.stock;

/**
 * What a movement belongs to, as {@code TYPE:id}: an order ({@code ORDER:42}, by Junction's order id), a
 * package ({@code PACKAGE:JN0000000042}, by its package number) or a receipt ({@code RECEIPT:PO-778}, by the
 * receipt's own reference). An adjustment has none.
 */
public record StockReference(String value) {

    /** The column holds this many characters. */
    static final int MAX = 96;

    public StockReference {
        if (value == null || value.isBlank() || value.length() > MAX) {
            throw new IllegalArgumentException("a stock reference is 1 to " + MAX + " characters, got " + value);
        }
    }

    public static StockReference order(long orderId) {
        return new StockReference("ORDER:" + orderId);
    }

    public static StockReference pkg(String packageNo) {
        return new StockReference("PACKAGE:" + packageNo);
    }

    public static StockReference receipt(String reference) {
        return new StockReference("RECEIPT:" + reference);
    }
}

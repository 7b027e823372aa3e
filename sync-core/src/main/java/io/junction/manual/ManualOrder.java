package io.junction.manual;

import io.junction.channel.Address;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order entered by hand.
 *
 * @param orderNumber the seller's own number for it, unique in the shop; null to have one made
 * @param shipBy when it must ship, if anyone said
 */
public record ManualOrder(
        String orderNumber,
        String buyerName,
        Address shipTo,
        String currency,
        Instant shipBy,
        String buyerNote,
        List<Line> lines) {

    public ManualOrder {
        lines = List.copyOf(lines);
    }

    /** One line: a SKU as the seller names it (a warehouse SKU's code pairs by itself). */
    public record Line(String sku, String title, int quantity, BigDecimal unitPrice) {}
}

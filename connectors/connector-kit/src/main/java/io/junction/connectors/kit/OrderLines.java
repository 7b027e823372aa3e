package io.junction.connectors.kit;

import io.junction.channel.ChannelOrder;
import java.math.BigDecimal;
import java.util.List;

/** What a translator works out from an order's lines when the platform leaves it out. */
public final class OrderLines {

    private OrderLines() {}

    /** The sum of the lines' prices times quantities; null when a line has no price. */
    public static BigDecimal total(List<ChannelOrder.Line> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        for (ChannelOrder.Line line : lines) {
            if (line.unitPrice() == null) {
                return null;
            }
            sum = sum.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        return sum;
    }
}

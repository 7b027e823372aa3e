package io.junction.connectors.taobao.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One trade in the simulator's book; mutable, guarded by the simulator's lock. */
final class SimulatedTrade {

    final long tid;
    final Instant created;
    final String buyerNick;
    final TaobaoOrderGenerator.Recipient recipient;
    final String buyerMessage;
    final BigDecimal postFee;
    final List<Line> lines;
    final TaobaoSimulator.Malformation malformation;
    String status;
    Instant modified;
    Instant payTime;
    /** The list shows the trade only from this time on (late indexing); null for at once. */
    Instant listedFrom;

    SimulatedTrade(
            long tid,
            Instant created,
            String buyerNick,
            TaobaoOrderGenerator.Recipient recipient,
            String buyerMessage,
            BigDecimal postFee,
            List<Line> lines,
            TaobaoSimulator.Malformation malformation) {
        this.tid = tid;
        this.created = created;
        this.modified = created;
        this.buyerNick = buyerNick;
        this.recipient = recipient;
        this.buyerMessage = buyerMessage;
        this.postFee = postFee;
        this.lines = List.copyOf(lines);
        this.malformation = malformation;
        this.status = "WAIT_BUYER_PAY";
    }

    BigDecimal payment() {
        BigDecimal total = postFee;
        for (Line line : lines) {
            total = total.add(line.price.multiply(BigDecimal.valueOf(Math.max(0, line.num))));
        }
        return total;
    }

    Line line(long oid) {
        for (Line line : lines) {
            if (line.oid == oid) {
                return line;
            }
        }
        return null;
    }

    boolean allConsigned() {
        return lines.stream().allMatch(l -> l.consigned || "SUCCESS".equals(l.refundStatus));
    }

    /** One sub-order ({@code orders.order[]}). */
    static final class Line {
        final long oid;
        final long numIid;
        final long skuId;
        final String outerSkuId;
        final String title;
        final int num;
        final BigDecimal price;
        String refundStatus = "NO_REFUND";
        boolean consigned;

        Line(long oid, long numIid, long skuId, String outerSkuId, String title, int num, BigDecimal price) {
            this.oid = oid;
            this.numIid = numIid;
            this.skuId = skuId;
            this.outerSkuId = outerSkuId;
            this.title = title;
            this.num = num;
            this.price = price;
        }
    }
}

package io.junction.allocation;

import io.junction.order.AllocationBlock;
import io.junction.order.BlockItem;
import io.junction.order.OrderActionException;
import io.junction.order.Refusal;
import java.util.List;

/** An order that cannot be allocated, with its block and what is at fault; the order stays where it was. */
public class AllocationBlockedException extends OrderActionException {

    private final AllocationBlock block;
    private final transient List<BlockItem> items;

    public AllocationBlockedException(
            long orderId, AllocationBlock block, List<BlockItem> items, Refusal refusal, String reason) {
        super(orderId, refusal, reason);
        this.block = block;
        this.items = List.copyOf(items);
    }

    public AllocationBlock block() {
        return block;
    }

    public List<BlockItem> items() {
        return items;
    }
}

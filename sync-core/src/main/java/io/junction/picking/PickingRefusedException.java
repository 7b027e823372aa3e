package io.junction.picking;

import io.junction.order.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/** Orders that cannot be picked, each with its reason; no document was made. */
public class PickingRefusedException extends RuntimeException {

    /** No order of that id (or none the caller may see): {@code (orderId)}. */
    public static final String NO_SUCH_ORDER = "no-such-order";
    /** The order is not allocated, or already shipped: nothing to pick: {@code (orderId, status)}. */
    public static final String NOT_ALLOCATED = "not-allocated";
    /** No orders selected: no arguments. */
    public static final String NONE_SELECTED = "none-selected";

    private final transient List<Refusal> refusals;

    public PickingRefusedException(List<Refusal> refusals) {
        super(refusals.stream().map(Refusal::toString).collect(Collectors.joining("; ")));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}

package io.junction.web.order;

import java.util.List;

/**
 * What a batch action takes beside its orders: a reason (hold, resolve, cancel), a logistics method, tags, a
 * priority or a seller note. Each action reads its own; {@link OrderActions#check} refuses a missing or bad one.
 */
public record ActionInput(String reason, Long logisticsMethodId, List<String> tags, Integer priority, String note) {

    /** Nothing beside the orders. */
    public static final ActionInput NONE = new ActionInput(null, null, null, null, null);

    public static ActionInput reason(String reason) {
        return new ActionInput(reason, null, null, null, null);
    }

    public ActionInput {
        tags = tags == null ? null : List.copyOf(tags);
    }
}

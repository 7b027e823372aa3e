package io.junction.web.order;

import java.util.List;

/**
 * The body of a batch action: the orders, as ids or as the list's filter ("all N matching"), and what the action
 * takes beside them (see {@link ActionInput}).
 */
public record BatchActionRequest(
        List<Long> orderIds,
        OrderListParams filter,
        String reason,
        Long logisticsMethodId,
        List<String> tags,
        Integer priority,
        String note) {

    public ActionInput input() {
        return new ActionInput(reason, logisticsMethodId, tags, priority, note);
    }
}

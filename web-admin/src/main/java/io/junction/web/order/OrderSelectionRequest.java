package io.junction.web.order;

import java.util.List;

/**
 * The body of a print (labels, a pick list, packing slips): the orders as ids, or as the list's filter ("print all
 * matching"), up to {@link OrderActions#MAX_PRINT}.
 */
public record OrderSelectionRequest(List<Long> orderIds, OrderListParams filter) {}

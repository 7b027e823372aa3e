package io.junction.connectors.taobao.dto;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One page of {@code taobao.trades.sold.increment.get}: the trades as TOP sent them and the number
 * of trades in the whole window ({@code total_results}, asked for with {@code use_has_next=false}).
 */
public record TradeList(long totalResults, List<JsonNode> trades) {
    public TradeList {
        trades = List.copyOf(trades);
    }
}

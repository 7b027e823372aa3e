package io.junction.connectors.jd.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The business parameters of {@code jingdong.pop.order.enSearch}. Dates are
 * {@code yyyy-MM-dd HH:mm:ss} in GMT+8; {@code dateType} 0 selects by modified time (1 would be
 * creation time, which misses status changes).
 */
@JsonPropertyOrder({
    "start_date",
    "end_date",
    "order_state",
    "optional_fields",
    "page",
    "page_size",
    "dateType",
    "sortType"
})
public record OrderSearchQuery(
        @JsonProperty("start_date") String startDate,
        @JsonProperty("end_date") String endDate,
        @JsonProperty("order_state") String orderState,
        @JsonProperty("optional_fields") String optionalFields,
        @JsonProperty("page") String page,
        @JsonProperty("page_size") String pageSize,
        @JsonProperty("dateType") int dateType,
        @JsonProperty("sortType") int sortType) {}

package io.junction.connectors.jd.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The business parameters of {@code jingdong.pop.order.enGet}: one order by id. */
@JsonPropertyOrder({"order_id", "optional_fields"})
public record OrderGetQuery(
        @JsonProperty("order_id") String orderId,
        @JsonProperty("optional_fields") String optionalFields) {}

package io.junction.carriers.yanwen.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An order as {@code express.order.create} answers it and {@code express.order.getlist} lists it.
 *
 * @param waybillNumber Yanwen's waybill, the tracking number
 * @param referenceNumber the last-mile carrier's number, when transferred (转单号)
 * @param status in {@code getlist} only: see {@link io.junction.carriers.yanwen.YanwenStatus}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record YanwenOrder(
        @JsonProperty("waybillNumber") String waybillNumber,
        @JsonProperty("orderNumber") String orderNumber,
        @JsonProperty("yanwenNumber") String yanwenNumber,
        @JsonProperty("referenceNumber") String referenceNumber,
        @JsonProperty("status") Integer status) {}

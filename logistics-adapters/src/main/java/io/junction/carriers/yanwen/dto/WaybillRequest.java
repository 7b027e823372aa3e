package io.junction.carriers.yanwen.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The bodies naming orders: {@code express.order.label.get} and {@code express.order.cancel}
 * ({@code waybillNumber}, with {@code note} for a cancel), {@code express.order.getlist}
 * ({@code listNumber}: waybill or order numbers, UNCONFIRMED that order numbers are found).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WaybillRequest(
        @JsonProperty("waybillNumber") String waybillNumber,
        @JsonProperty("note") String note,
        @JsonProperty("listNumber") List<String> listNumber) {}

package io.junction.carriers.fourpx.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A consignment as {@code ds.xms.order.create} answers it ({@code data}) and as {@code ds.xms.order.get}
 * lists it (each item either this object or one wrapping it in {@code consignment_info}).
 *
 * @param consignmentStatus the order's state in {@code ds.xms.order.get} (UNCONFIRMED values; see
 *     {@link io.junction.carriers.fourpx.FourPxProperties#cancelledStatuses()})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Consignment(
        @JsonProperty("ds_consignment_no") String dsConsignmentNo,
        @JsonProperty("4px_tracking_no") String fourPxTrackingNo,
        @JsonProperty("label_barcode") String labelBarcode,
        @JsonProperty("logistics_channel_no") String logisticsChannelNo,
        @JsonProperty("ref_no") String refNo,
        @JsonProperty("consignment_status") String consignmentStatus) {}

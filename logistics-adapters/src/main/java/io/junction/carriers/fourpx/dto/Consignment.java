package io.junction.carriers.fourpx.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.junction.carriers.kit.CarrierJson;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A consignment as {@code ds.xms.order.create} answers it ({@code data}) and as {@code ds.xms.order.get}
 * lists it (each item either this object or one wrapping it in {@code consignment_info}).
 *
 * @param consignmentStatus the order's state in {@code ds.xms.order.get} (UNCONFIRMED values; see
 *     {@link io.junction.carriers.fourpx.FourPxProperties#cancelledStatuses()})
 */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Consignment(
        String dsConsignmentNo,
        @JsonProperty("4px_tracking_no") String fourPxTrackingNo,
        String labelBarcode,
        String logisticsChannelNo,
        String refNo,
        String consignmentStatus) {}

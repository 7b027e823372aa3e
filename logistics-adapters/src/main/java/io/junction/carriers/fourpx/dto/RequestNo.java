package io.junction.carriers.fourpx.dto;

import io.junction.carriers.kit.CarrierJson;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The bodies naming one consignment: {@code ds.xms.order.get} ({@code request_no} only),
 * {@code ds.xms.order.cancel} (with {@code cancel_reason}), {@code ds.xms.order.hold} (with
 * {@code is_hold} "Y" and {@code hold_reason}), {@code ds.xms.label.get} (with
 * {@code response_label_format}). {@code request_no} is 4PX's consignment number or our reference.
 */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RequestNo(
        String requestNo, String cancelReason, String isHold, String holdReason, String responseLabelFormat) {

    public static RequestNo lookup(String number) {
        return new RequestNo(number, null, null, null, null);
    }

    public static RequestNo cancel(String number, String reason) {
        return new RequestNo(number, reason, null, null, null);
    }

    public static RequestNo hold(String number, String reason) {
        return new RequestNo(number, null, "Y", reason, null);
    }

    public static RequestNo label(String number, String format) {
        return new RequestNo(number, null, null, null, format);
    }
}

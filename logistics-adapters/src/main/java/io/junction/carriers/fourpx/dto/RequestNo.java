package io.junction.carriers.fourpx.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The bodies naming one consignment: {@code ds.xms.order.get} ({@code request_no} only),
 * {@code ds.xms.order.cancel} (with {@code cancel_reason}), {@code ds.xms.order.hold} (with
 * {@code is_hold} "Y" and {@code hold_reason}), {@code ds.xms.label.get} (with
 * {@code response_label_format}). {@code request_no} is 4PX's consignment number or our reference.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestNo(
        @JsonProperty("request_no") String requestNo,
        @JsonProperty("cancel_reason") String cancelReason,
        @JsonProperty("is_hold") String isHold,
        @JsonProperty("hold_reason") String holdReason,
        @JsonProperty("response_label_format") String responseLabelFormat) {

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

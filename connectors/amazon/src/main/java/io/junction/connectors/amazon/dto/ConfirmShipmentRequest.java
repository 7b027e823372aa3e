package io.junction.connectors.amazon.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of {@code confirmShipment} (Orders v0, {@code ConfirmShipmentRequest}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfirmShipmentRequest(String marketplaceId, PackageDetail packageDetail) {

    /**
     * {@code PackageDetail}. {@code packageReferenceId} is a JSON string holding a positive number:
     * Amazon refuses a bare number with "invalid type [packageDetail.packageReferenceId]".
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackageDetail(
            String packageReferenceId,
            String carrierCode,
            String carrierName,
            String shippingMethod,
            String trackingNumber,
            String shipDate,
            List<OrderItem> orderItems) {}

    /** {@code ConfirmShipmentOrderItem}. */
    public record OrderItem(String orderItemId, int quantity) {}
}

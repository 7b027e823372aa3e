package io.junction.connectors.aliexpress.dto;

import java.util.Map;

/** The business parameters of {@code aliexpress.logistics.sellermodifiedshipmentfortop}. */
public record ModifyShipmentRequest(
        String oldServiceName,
        String oldLogisticsNo,
        String newServiceName,
        String newLogisticsNo,
        String trackingWebsite,
        String outRef,
        String sendType,
        String description) {

    /** The parameters in a stable order; absent ones are left out. */
    public Map<String, String> parameters() {
        return new BusinessParameters()
                .with("old_service_name", oldServiceName)
                .with("old_logistics_no", oldLogisticsNo)
                .with("new_service_name", newServiceName)
                .with("new_logistics_no", newLogisticsNo)
                .withOptional("tracking_website", trackingWebsite)
                .with("out_ref", outRef)
                .with("send_type", sendType)
                .withOptional("description", description)
                .toMap();
    }
}

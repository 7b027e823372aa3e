package io.junction.connectors.aliexpress.dto;

import java.util.Map;

/**
 * The business parameters of {@code aliexpress.solution.order.fulfill}.
 *
 * @param serviceName the logistics service key (our carrier code for AliExpress)
 * @param trackingWebsite only when the service is {@code OTHER}
 * @param outRef the AliExpress order id
 * @param sendType {@code all} for the whole order, {@code part} for a split shipment
 */
public record FulfillRequest(
        String serviceName,
        String trackingWebsite,
        String outRef,
        String sendType,
        String logisticsNo,
        String description) {

    /** The parameters in a stable order; absent ones are left out. */
    public Map<String, String> parameters() {
        return new BusinessParameters()
                .with("service_name", serviceName)
                .withOptional("tracking_website", trackingWebsite)
                .with("out_ref", outRef)
                .with("send_type", sendType)
                .with("logistics_no", logisticsNo)
                .withOptional("description", description)
                .toMap();
    }
}

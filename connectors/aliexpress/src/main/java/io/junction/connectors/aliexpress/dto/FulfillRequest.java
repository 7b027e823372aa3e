package io.junction.connectors.aliexpress.dto;

import java.util.LinkedHashMap;
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
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("service_name", serviceName);
        if (trackingWebsite != null) {
            parameters.put("tracking_website", trackingWebsite);
        }
        parameters.put("out_ref", outRef);
        parameters.put("send_type", sendType);
        parameters.put("logistics_no", logisticsNo);
        if (description != null) {
            parameters.put("description", description);
        }
        return parameters;
    }
}

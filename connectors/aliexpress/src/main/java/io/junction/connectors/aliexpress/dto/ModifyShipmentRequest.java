package io.junction.connectors.aliexpress.dto;

import java.util.LinkedHashMap;
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
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("old_service_name", oldServiceName);
        parameters.put("old_logistics_no", oldLogisticsNo);
        parameters.put("new_service_name", newServiceName);
        parameters.put("new_logistics_no", newLogisticsNo);
        if (trackingWebsite != null) {
            parameters.put("tracking_website", trackingWebsite);
        }
        parameters.put("out_ref", outRef);
        parameters.put("send_type", sendType);
        if (description != null) {
            parameters.put("description", description);
        }
        return parameters;
    }
}

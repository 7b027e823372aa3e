package io.junction.connectors.aliexpress.dto;

/**
 * The gateway's {@code {"error_response":{"type","code","msg","sub_code","sub_msg","request_id"}}}.
 *
 * @param type ISV (our request is wrong), ISP or SYSTEM (the platform failed)
 */
public record AliExpressError(String type, String code, String msg, String subCode, String subMsg, String requestId) {

    /** The platform's own failure rather than a fault in our request. */
    public boolean platformSide() {
        return "ISP".equalsIgnoreCase(type) || "SYSTEM".equalsIgnoreCase(type);
    }
}

package io.junction.channel;

import java.time.Instant;
import java.util.Objects;

/**
 * A buyer's request to send goods of a shipped order back, as a platform lists it (Taobao's 退货退款 refund,
 * AliExpress's issue with a return).
 *
 * @param platformReturnId the platform's id of the request: one return per request, however often it is read
 * @param platformLineId the order line it is about (Taobao's oid); null when the platform names the whole order
 * @param quantity units the buyer sends back; 0 when the platform does not say (the whole line then)
 * @param reason the buyer's reason in the platform's words
 */
public record ReturnRequest(
        String platformReturnId,
        String platformOrderId,
        String platformLineId,
        int quantity,
        String reason,
        Instant modifiedAt) {

    public ReturnRequest {
        Objects.requireNonNull(platformReturnId, "platformReturnId");
        Objects.requireNonNull(platformOrderId, "platformOrderId");
    }
}

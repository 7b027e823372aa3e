package io.junction.web.order;

import io.junction.order.Refusal;
import io.junction.shipping.ForceShipPreview;
import java.util.List;

/**
 * One order of a force-ship preview as the reader sees it: what will happen, or why it is refused, each as its
 * stable code and its sentence in the reader's language ({@code order.force-ship.consequence.<code>},
 * {@code order.refusal.<code>}).
 *
 * @param platformOrderId null for an order that does not exist (or is outside the reader's shops)
 */
public record ForceShipCheck(
        long orderId, String platformOrderId, boolean allowed, List<Said> consequences, Said refusal) {

    /** A code and its sentence. */
    public record Said(String code, String text) {}

    static ForceShipCheck of(ForceShipPreview preview, RefusalText texts) {
        List<Said> consequences = preview.consequences().stream()
                .map(c -> new Said(
                        c.code(), texts.of("order.force-ship.consequence.", new Refusal(c.code(), c.args()), c.code())))
                .toList();
        Refusal refusal = preview.refusal();
        return new ForceShipCheck(
                preview.orderId(),
                preview.platformOrderId(),
                preview.allowed(),
                consequences,
                refusal == null ? null : new Said(refusal.code(), texts.of(refusal, refusal.code())));
    }
}

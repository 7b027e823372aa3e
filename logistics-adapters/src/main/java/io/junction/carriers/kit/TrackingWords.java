package io.junction.carriers.kit;

import io.junction.logistics.TrackingStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a tracking event's text for where the parcel is, for carriers whose events carry text but no
 * status code. The phrases, English and Chinese, are the ones carriers' scans commonly use; they are
 * UNCONFIRMED for any one carrier (which is why each carrier's own status, when it has one, wins). The
 * first status whose phrase the text contains is the answer, checked from the most to the least
 * specific; a text with none is {@link TrackingStatus#IN_TRANSIT}.
 */
public final class TrackingWords {

    private static final Map<TrackingStatus, List<String>> PHRASES = phrases();

    private TrackingWords() {}

    /** The status the event's text says. */
    public static TrackingStatus statusOf(String text) {
        if (text == null || text.isBlank()) {
            return TrackingStatus.IN_TRANSIT;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<TrackingStatus, List<String>> entry : PHRASES.entrySet()) {
            if (entry.getValue().stream().anyMatch(lower::contains)) {
                return entry.getKey();
            }
        }
        return TrackingStatus.IN_TRANSIT;
    }

    private static Map<TrackingStatus, List<String>> phrases() {
        Map<TrackingStatus, List<String>> phrases = new LinkedHashMap<>();
        phrases.put(
                TrackingStatus.RETURNED,
                List.of("returned to sender", "return to sender", "returning to sender", "退件", "退回", "退运"));
        phrases.put(
                TrackingStatus.EXCEPTION,
                List.of(
                        "failed",
                        "exception",
                        "unable to deliver",
                        "undeliverable",
                        "intercept",
                        "held by customs",
                        "lost",
                        "damaged",
                        "异常",
                        "失败",
                        "拦截",
                        "扣关",
                        "截留"));
        phrases.put(TrackingStatus.DELIVERED, List.of("delivered", "signed", "签收", "妥投"));
        phrases.put(TrackingStatus.OUT_FOR_DELIVERY, List.of("out for delivery", "with courier", "派送中", "派件"));
        phrases.put(
                TrackingStatus.PICKED_UP,
                List.of(
                        "picked up",
                        "received by",
                        "received at",
                        "arrived at sorting",
                        "accepted",
                        "收件",
                        "揽收",
                        "已收货",
                        "入库"));
        phrases.put(
                TrackingStatus.INFO_RECEIVED,
                List.of("information received", "order created", "pre-advice", "electronic", "已制单", "已预报", "下单"));
        return phrases;
    }
}

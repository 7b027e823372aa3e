package io.junction.channel;

import java.util.List;

/**
 * One page of a platform's order list.
 *
 * @param malformed orders the platform sent that could not be read; kept aside, never dropped
 * @param nextPageToken null on the last page
 */
public record OrderPage(List<ChannelOrder> orders, List<MalformedOrder> malformed, String nextPageToken) {
    public OrderPage {
        orders = List.copyOf(orders);
        malformed = List.copyOf(malformed);
    }

    /** An order payload that could not be translated: the raw JSON and why. */
    public record MalformedOrder(String platformOrderId, String reason, String rawPayload) {}
}

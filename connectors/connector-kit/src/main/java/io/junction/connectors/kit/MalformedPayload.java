package io.junction.connectors.kit;

/**
 * Why one order (or trade) of a platform's answer cannot be read. A translator throws it while
 * reading one order and catches it for that order, which then becomes an
 * {@link io.junction.channel.OrderPage.MalformedOrder}; it never escapes the translator.
 */
public final class MalformedPayload extends RuntimeException {

    public MalformedPayload(String reason) {
        super(reason, null, false, false);
    }
}

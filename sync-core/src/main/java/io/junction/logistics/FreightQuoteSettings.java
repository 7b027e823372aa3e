package io.junction.logistics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How freight quotes are asked for ({@code junction.freight-quotes.*}); a null value takes its default.
 *
 * @param timeout how long one order's quotes may take in all (carriers are asked at once); a carrier that has
 *     not answered by then is reported as not answering, never as a price
 * @param cacheFor how long a carrier's prices for the same destination, weight and value are reused: quotes
 *     are free but slow, and an order page or a rule run asks for the same ones again
 * @param threads carriers asked at once, over all orders
 */
@ConfigurationProperties("junction.freight-quotes")
public record FreightQuoteSettings(Duration timeout, Duration cacheFor, Integer threads) {

    @ConstructorBinding
    public FreightQuoteSettings {
        timeout = timeout == null || timeout.isNegative() || timeout.isZero() ? Duration.ofSeconds(10) : timeout;
        cacheFor = cacheFor == null || cacheFor.isNegative() ? Duration.ofMinutes(10) : cacheFor;
        threads = threads == null || threads < 1 ? 4 : threads;
    }

    /** The defaults: 10 s per order, prices reused for 10 minutes, 4 carriers asked at once. */
    public static FreightQuoteSettings defaults() {
        return new FreightQuoteSettings(null, null, null);
    }
}

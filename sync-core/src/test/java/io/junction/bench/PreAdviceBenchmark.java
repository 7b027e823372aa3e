package io.junction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.logistics.PreAdviceService;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.shop.Shop;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeCarrier;
import io.junction.testing.Fixtures;
import io.junction.testing.Pipeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Tracking numbers for a batch of orders at a carrier that answers in 300 ms ({@code junction.bench.latency-ms}):
 * one order at a time, as a clerk clicking each order would, against one batch that requests them side by side
 * within one carrier account's bound ({@code junction.preadvice.parallel-per-account}). Prints both rates, their
 * ratio and the most calls that were in flight at once. {@code -Djunction.bench.preadvice-orders=N} sets the
 * count of each half (default 60).
 */
@Tag("bench")
@SpringBootTest
class PreAdviceBenchmark {

    private static final int ORDERS = Integer.getInteger("junction.bench.preadvice-orders", 60);
    private static final Duration LATENCY = Duration.ofMillis(Long.getLong("junction.bench.latency-ms", 300));

    @Autowired
    PreAdviceService preAdvice;

    @Autowired
    FakeCarrier carrier;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void aCarrierThatAnswersAtOnce() {
        carrier.reset();
    }

    @Test
    void aBatchRequestsTrackingNumbersManyTimesFasterThanOneOrderAtATime() {
        // given two sets of allocated orders on one carrier account, and a carrier 300 ms away
        Fixtures fixtures = new Fixtures(context);
        Pipeline pipeline = new Pipeline(context);
        Shop shop = fixtures.fakeShop();
        WarehouseSku sku = fixtures.sku(2 * ORDERS);
        List<Long> oneByOne = new ArrayList<>();
        List<Long> batch = new ArrayList<>();
        for (int i = 0; i < 2 * ORDERS; i++) {
            Order order = fixtures.ingest(shop, fixtures.paidOrder(sku)).get(0);
            (i % 2 == 0 ? oneByOne : batch).add(pipeline.allocated(order).id());
        }
        carrier.reset();
        carrier.answersAfter(LATENCY);

        // when
        long start = System.nanoTime();
        for (long id : oneByOne) {
            assertThat(preAdvice.requestTracking(List.of(id), "bench").failed()).isEmpty();
        }
        double sequential = seconds(start);
        int sequentialAtOnce = carrier.mostCreatesAtOnce();
        start = System.nanoTime();
        BatchActionResult result = preAdvice.requestTracking(batch, "bench");
        double parallel = seconds(start);

        // then
        assertThat(result.failed()).isEmpty();
        assertThat(sequentialAtOnce).isEqualTo(1);
        System.out.println(String.format(
                Locale.ROOT,
                "%n[pre-advice benchmark] %d orders each way, carrier latency %d ms%n"
                        + "  one at a time : %6.2f s  %7.1f orders/s%n"
                        + "  one batch     : %6.2f s  %7.1f orders/s  (most calls in flight at once: %d)%n"
                        + "  ratio         : %6.1f x%n",
                ORDERS,
                LATENCY.toMillis(),
                sequential,
                ORDERS / sequential,
                parallel,
                ORDERS / parallel,
                carrier.mostCreatesAtOnce(),
                sequential / parallel));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

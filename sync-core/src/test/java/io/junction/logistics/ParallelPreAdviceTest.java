package io.junction.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.shop.Shop;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeCarrier;
import io.junction.testing.Fixtures;
import io.junction.testing.Pipeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Tracking numbers for a batch are requested side by side, within each carrier account's bound, never twice. */
@SpringBootTest(properties = "junction.preadvice.parallel-per-account=4")
class ParallelPreAdviceTest {

    @Autowired
    PreAdviceService preAdvice;

    @Autowired
    OrderMapper orders;

    @Autowired
    FakeCarrier carrier;

    @Autowired
    ApplicationContext context;

    Fixtures fixtures;
    Pipeline pipeline;

    @BeforeEach
    void aCarrierThatTakesAWhileToAnswer() {
        carrier.reset();
        carrier.answersAfter(Duration.ofMillis(150));
        fixtures = new Fixtures(context);
        pipeline = new Pipeline(context);
    }

    @AfterEach
    void aCarrierThatAnswersAtOnce() {
        carrier.reset();
    }

    @Test
    void ordersOfOneAccountAreRequestedSeveralAtOnceButNeverMoreThanTheBound() {
        // given twelve allocated orders on one carrier account
        List<Long> ids = allocatedOrders(fixtures.fakeShop(), 12);

        // when
        BatchActionResult result = preAdvice.requestTracking(ids, "alice");

        // then every order has its number, at most four calls were in flight at once, and more than one was
        assertThat(result.failed()).isEmpty();
        assertThat(result.succeeded()).containsExactlyElementsOf(ids);
        assertThat(carrier.mostCreatesAtOnce()).isBetween(2, 4);
        ids.forEach(id -> assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.PENDING_PRINT));
    }

    @Test
    void twoAccountsGoAheadSideBySideEachWithinItsOwnBound() {
        // given six orders on each of two carrier accounts
        List<Long> ids = new ArrayList<>(allocatedOrders(fixtures.fakeShop(), 6));
        ids.addAll(allocatedOrders(fixtures.fakeShop(), 6));

        // when
        preAdvice.requestTracking(ids, "alice");

        // then both accounts' calls overlapped: more than one account's bound in flight at once
        assertThat(carrier.mostCreatesAtOnce()).isBetween(5, 8);
    }

    @Test
    void twoClerksRequestingTheSameOrdersAtOnceMakeOneParcelPerPackage() {
        // given
        List<Long> ids = allocatedOrders(fixtures.fakeShop(), 8);
        List<String> references = ids.stream()
                .map(id -> pipeline.packageOf(orders.findById(id)).packageNo())
                .toList();

        // when two clerks ask for the same batch at the same moment
        CompletableFuture<BatchActionResult> first =
                CompletableFuture.supplyAsync(() -> preAdvice.requestTracking(ids, "alice"));
        CompletableFuture<BatchActionResult> second =
                CompletableFuture.supplyAsync(() -> preAdvice.requestTracking(ids, "bob"));
        first.join();
        second.join();

        // then each package has exactly one parcel at the carrier, and every order got its number
        references.forEach(ref -> assertThat(carrier.parcelsFor(ref)).as(ref).isEqualTo(1));
        ids.forEach(id -> assertThat(orders.findById(id).status()).isEqualTo(OrderStatus.PENDING_PRINT));
    }

    private List<Long> allocatedOrders(Shop shop, int count) {
        WarehouseSku sku = fixtures.sku(count);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Order order = fixtures.ingest(shop, fixtures.paidOrder(sku)).get(0);
            ids.add(pipeline.allocated(order).id());
        }
        return ids;
    }
}

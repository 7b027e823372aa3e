package io.junction.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MarketplaceSimulatorTest {

    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");

    private final Clock clock = mock(Clock.class);
    private final NumberedShop shop;

    MarketplaceSimulatorTest() {
        when(clock.instant()).thenReturn(NOON);
        shop = new NumberedShop(clock);
    }

    @AfterEach
    void stopShop() {
        shop.stop();
    }

    @Test
    void aBacklogIsSpreadEvenlyOverThePastOldestFirst() {
        // when
        List<String> ids = shop.seedBacklog(4, Duration.ofHours(4));

        // then
        assertThat(ids).containsExactly("N1", "N2", "N3", "N4");
        assertThat(shop.placed.values())
                .containsExactly(
                        Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-03-01T09:00:00Z"),
                        Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T11:00:00Z"));
        assertThat(shop.orderCount()).isEqualTo(4);
    }

    @Test
    void ordersGeneratedEveryIntervalAppearOnTheNextRequestEachAtItsTime() throws Exception {
        // given
        shop.start().generateOrdersEvery(Duration.ofMinutes(10));
        when(clock.instant()).thenReturn(NOON.plus(Duration.ofMinutes(25)));

        // when
        HttpResponse<String> answer = get(shop.baseUrl());

        // then
        assertThat(shop.baseUrl()).isEqualTo("http://127.0.0.1:" + shop.port() + "/shop");
        assertThat(answer.body()).isEqualTo("N1,N2");
        assertThat(shop.placed.values())
                .containsExactly(Instant.parse("2026-03-01T12:10:00Z"), Instant.parse("2026-03-01T12:20:00Z"));
    }

    @Test
    void aSimulatorFarAwayAnswersNoSoonerThanItsDelay() throws Exception {
        // given
        shop.start().answerEveryCallAfter(Duration.ofMillis(300));

        // when
        long start = System.nanoTime();
        HttpResponse<String> answer = get(shop.baseUrl());
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        // then
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(tookMillis).isGreaterThanOrEqualTo(300L);
    }

    @Test
    void aStoppedGenerationPlacesNothingMore() throws Exception {
        // given
        shop.start().generateOrdersEvery(Duration.ofMinutes(10)).stopGeneratingOrders();
        when(clock.instant()).thenReturn(NOON.plus(Duration.ofHours(1)));

        // when
        HttpResponse<String> answer = get(shop.baseUrl());

        // then
        assertThat(answer.body()).isEmpty();
        assertThatThrownBy(() -> shop.generateOrdersEvery(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScenarioAnswersOneRequestThenTheShopServesAgain() throws Exception {
        // given
        shop.start().placeOrders(1, clock.instant());
        shop.failsNext(503);

        // when
        HttpResponse<String> failed = get(shop.baseUrl());
        HttpResponse<String> served = get(shop.baseUrl());

        // then
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.body()).isEqualTo("failed 503");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo("N1");
    }

    @Test
    void aCatalogueKeepsKnownEntriesMakesUpTheOthersAndNeedsOneSku() {
        // given
        Letters letters = new Letters();

        // when
        letters.catalogue(List.of("B", "Z"));

        // then
        assertThat(letters.catalogue()).containsExactly("B", "z");
        assertThat(letters.lines(3, 8, 3)).allSatisfy(line -> {
            assertThat(line.product()).isIn("B", "z");
            assertThat(line.quantity()).isBetween(1, 3);
        });
        assertThatThrownBy(() -> letters.catalogue(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the catalogue needs at least one SKU");
    }

    @Test
    void anOrderIdIsNeverHandedOutTwice() {
        // given
        Letters letters = new Letters();
        Set<String> ids = new HashSet<>();

        // when
        for (int i = 0; i < 3; i++) {
            ids.add(letters.uniqueOrderId(() -> "ID-" + letters.next(3)));
        }

        // then
        assertThat(ids).containsExactlyInAnyOrder("ID-0", "ID-1", "ID-2");
    }

    @Test
    void aStablePriceIsTheSameForTheSameSkuAndWithinItsSpan() {
        // when
        var price = OrderGenerator.stablePrice("JN-MUG-001", 500, 5000);

        // then
        assertThat(price).isEqualTo(OrderGenerator.stablePrice("JN-MUG-001", 500, 5000));
        assertThat(price.scale()).isEqualTo(2);
        assertThat(price.movePointRight(2).longValueExact()).isBetween(500L, 5499L);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A shop of numbered orders: the least a marketplace simulator has to say. */
    static final class NumberedShop extends MarketplaceSimulator<NumberedShop, Letters> {

        final Map<String, Instant> placed = new LinkedHashMap<>();

        NumberedShop(Clock clock) {
            super("the numbered shop", "/shop", clock, new ScenarioQueue(Set.of(503)), new Letters());
        }

        @Override
        protected Endpoints endpoints() {
            return new Endpoints(this);
        }

        @Override
        protected String placeOrder(Instant at) {
            String id = "N" + (placed.size() + 1);
            placed.put(id, at);
            return id;
        }

        @Override
        protected void generateOrderAt(Instant at) {
            placeOrder(at);
        }

        @Override
        protected Collection<String> bookedOrderIds() {
            return placed.keySet();
        }

        @Override
        public Map<String, List<String>> confirmedTrackingNumbers() {
            return Map.of();
        }

        @Override
        public Map<String, String> credentials() {
            return Map.of();
        }
    }

    /** A catalogue of letters; an unknown one is made up in lower case. */
    static final class Letters extends OrderGenerator<String> {

        Letters() {
            super(7L, List.of("A", "B", "C"), letter -> letter);
        }

        @Override
        protected String madeUp(String sku) {
            return sku.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Answers every request with the ids in the book, unless a scenario answers first. */
    static final class Endpoints extends SimulatorEndpoints<NumberedShop> {

        Endpoints(NumberedShop shop) {
            super("numbered-shop", shop);
        }

        @Override
        protected ResponseDefinition serve(Request request, URI uri) {
            ResponseDefinition scenario = scenarioAnswer();
            if (scenario != null) {
                return scenario;
            }
            return answer(200, "text/plain", String.join(",", simulator.orderIds()));
        }

        @Override
        protected ResponseDefinition failure(int status) {
            return answer(status, "text/plain", "failed " + status);
        }
    }
}

package io.junction.rules;

import static io.junction.rules.RuleRunnerTest.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.logistics.FreightQuoteService;
import io.junction.logistics.LogisticsMethod;
import io.junction.order.Order;
import io.junction.order.OrderHistoryEntry;
import io.junction.sync.OrderIntake;
import io.junction.testing.FakeCarrier;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The rule action "cheapest method that meets the ship-by": after the intake commits, the candidates' carriers
 * are asked for their freight and the cheapest qualifying method is set, in the rule's name and with its price;
 * or the order's history says why none was.
 */
@SpringBootTest
class CheapestMethodRuleTest extends FakeShopTest {

    @Autowired
    RuleStore store;

    @Autowired
    OrderIntake intake;

    @Autowired
    FreightQuoteService quotes;

    final List<Long> rules = new ArrayList<>();
    LogisticsMethod cheap;
    LogisticsMethod middle;
    LogisticsMethod dear;

    @BeforeEach
    void threeMethodsOnAQuotingCarrier() {
        quotes.forget();
        cheap = method("ECONOMY");
        middle = method("STANDARD");
        dear = method("EXPRESS");
        carrier.quotes()
                .prices(cheap.carrierServiceCode(), "30.00", 12, 20)
                .prices(middle.carrierServiceCode(), "45.00", 7, 12)
                .prices(dear.carrierServiceCode(), "60.00", 3, 5);
    }

    @AfterEach
    void rulesGone() {
        rules.forEach(store::delete);
    }

    private LogisticsMethod method(String service) {
        return fixtures.logisticsMethod(
                FakeCarrier.CARRIER, "memory:", Map.of("apiKey", "fake-key"), Fixtures.unique(service));
    }

    private Rule cheapestOf(LogisticsMethod... candidates) {
        Rule rule = store.create(
                new RuleDraft(
                        Fixtures.unique("cheapest"),
                        RuleKind.LOGISTICS.name(),
                        50,
                        true,
                        RuleConditionsTest.when(c -> c.shopIds = List.of(shop.id())),
                        new RuleActions(
                                null,
                                null,
                                null,
                                null,
                                null,
                                new RuleActions.CheapestMethod(
                                        Arrays.stream(candidates)
                                                .map(LogisticsMethod::id)
                                                .toList(),
                                        true))),
                "tester");
        rules.add(rule.id());
        return rule;
    }

    /** A paid order of one mug (350 g) to Springfield, to ship within two days. */
    private Order ingestOrder() {
        ChannelOrder order =
                RuleRunnerTest.paidOrder(clock.instant(), Fixtures.unique("buyer"), "1 Main St", "62701", mug);
        intake.ingest(shop, new OrderPage(List.of(order), List.of(), null));
        return orders.findByPlatformId(shop.id(), order.platformOrderId());
    }

    /** What the rule wrote in the order's history, once it has run. */
    private String ruleNote(Order order, Rule rule) {
        eventually(() ->
                orders.history(order.id()).stream().anyMatch(h -> h.actor().equals(rule.actor())));
        return orders.history(order.id()).stream()
                .filter(h -> h.actor().equals(rule.actor()))
                .map(OrderHistoryEntry::reason)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void setsTheCheapestMethodAndSaysAtWhatPrice() {
        // given
        Rule rule = cheapestOf(dear, cheap, middle);

        // when
        Order order = ingestOrder();

        // then
        assertThat(ruleNote(order, rule))
                .isEqualTo("set method " + cheap.name() + " (" + cheap.code() + "): the cheapest of 3 quoted,"
                        + " 30.00 CNY, 12-20 days");
        assertThat(orders.findById(order.id()).logisticsMethodId()).isEqualTo(cheap.id());
    }

    @Test
    void aCarrierThatDoesNotAnswerIsPassedOverForTheNextCheapest() {
        // given
        carrier.quotesUnreachableFor(cheap.carrierServiceCode());
        Rule rule = cheapestOf(cheap, middle, dear);

        // when
        Order order = ingestOrder();

        // then
        assertThat(ruleNote(order, rule)).startsWith("set method " + middle.name() + " (" + middle.code() + ")");
        assertThat(orders.findById(order.id()).logisticsMethodId()).isEqualTo(middle.id());
    }

    @Test
    void aMethodThatCannotBeHandedOverBeforeTheShipByIsPassedOver() {
        // given the cheap method needs three days to reach its carrier; the order ships within two
        jdbc.update("UPDATE lgs_method SET handover_hours = 72 WHERE id = ?", cheap.id());
        jdbc.update("UPDATE lgs_method SET handover_hours = 24 WHERE id = ?", middle.id());
        Rule rule = cheapestOf(cheap, middle, dear);

        // when
        Order order = ingestOrder();

        // then
        assertThat(ruleNote(order, rule)).startsWith("set method " + middle.name() + " (" + middle.code() + ")");
        assertThat(orders.findById(order.id()).logisticsMethodId()).isEqualTo(middle.id());
    }

    @Test
    void whenNoMethodQualifiesTheMethodIsLeftAndTheHistorySaysWhy() {
        // given
        carrier.quotesUnreachableFor(cheap.carrierServiceCode()).quotesUnreachableFor(middle.carrierServiceCode());
        Rule rule = cheapestOf(cheap, middle);

        // when
        Order order = ingestOrder();

        // then
        assertThat(ruleNote(order, rule))
                .isEqualTo("no cheapest method chosen, method unchanged: " + cheap.name() + " (" + cheap.code()
                        + "): connection reset; " + middle.name() + " (" + middle.code() + "): connection reset");
        assertThat(orders.findById(order.id()).logisticsMethodId()).isEqualTo(order.logisticsMethodId());
    }
}

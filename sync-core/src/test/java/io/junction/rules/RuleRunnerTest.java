package io.junction.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.logistics.LogisticsMethod;
import io.junction.logistics.LogisticsMethodMapper;
import io.junction.order.Order;
import io.junction.order.OrderHistoryEntry;
import io.junction.order.OrderStatus;
import io.junction.sku.WarehouseSku;
import io.junction.sync.OrderIntake;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Rules and checks run on new orders once the intake commits, and on a selection; every change says who made it. */
@SpringBootTest(properties = "junction.rules.checks.enabled=true")
class RuleRunnerTest extends FakeShopTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    RuleStore store;

    @Autowired
    RuleRunner runner;

    @Autowired
    Blacklist blacklist;

    @Autowired
    OrderIntake intake;

    @Autowired
    LogisticsMethodMapper methods;

    @Autowired
    PlatformTransactionManager transactionManager;

    LogisticsMethod yun;
    final List<Long> rules = new ArrayList<>();
    final List<Long> listed = new ArrayList<>();

    @Override
    protected int mugsInStock() {
        return 10;
    }

    @BeforeEach
    void aSecondMethod() {
        yun = fixtures.fakeCarrierMethod();
    }

    @AfterEach
    void rulesGone() {
        // rules apply to every shop's orders: none outlives its test
        rules.forEach(store::delete);
        listed.forEach(blacklist::remove);
    }

    Rule rule(String name, RuleKind kind, int priority, RuleConditions when, RuleActions then) {
        RuleConditions ours = new RuleConditions(
                List.of(shop.id()),
                when.platforms(),
                when.countries(),
                when.skuCodes(),
                when.minTotal(),
                when.maxTotal(),
                when.currency(),
                when.minItems(),
                when.maxItems(),
                when.minWeightGrams(),
                when.maxWeightGrams(),
                when.hasBuyerNote(),
                when.shipByWithinHours(),
                when.tags(),
                when.skuFlags());
        Rule rule =
                store.create(new RuleDraft(Fixtures.unique(name), kind.name(), priority, true, ours, then), "tester");
        rules.add(rule.id());
        return rule;
    }

    ChannelOrder order(String buyer, String street, String postalCode) {
        return paidOrder(clock.instant(), buyer, street, postalCode, mug);
    }

    /** A paid order of one {@code mug} to Springfield, IL, updated three minutes before {@code now}, due in two days. */
    static ChannelOrder paidOrder(Instant now, String buyer, String street, String postalCode, WarehouseSku mug) {
        Instant updated = now.minus(Duration.ofMinutes(3));
        String id = Fixtures.unique("PO");
        return new ChannelOrder(
                id,
                "Unshipped",
                PlatformState.READY_TO_SHIP,
                "M1",
                updated.minus(Duration.ofHours(1)),
                updated,
                buyer,
                new Address("Ada Lovelace", null, street, null, "Springfield", "IL", postalCode, "US", "555-0100"),
                "USD",
                new BigDecimal("9.99"),
                updated.plus(Duration.ofDays(2)),
                List.of(new ChannelOrder.Line(id + "-0", mug.sku(), mug.name(), 1, new BigDecimal("9.99"))),
                null);
    }

    Order ingest(ChannelOrder order) {
        intake.ingest(shop, new OrderPage(List.of(order), List.of(), null));
        return orders.findByPlatformId(shop.id(), order.platformOrderId());
    }

    String unique(String prefix) {
        return Fixtures.unique(prefix);
    }

    @Test
    void aNewOrderIsRoutedApprovedTaggedAndPrioritisedByTheRulesAfterItsIntakeCommits() {
        // given a logistics rule for light US parcels and a review rule for US orders
        Rule usSmall = rule(
                "US small parcels",
                RuleKind.LOGISTICS,
                10,
                RuleConditionsTest.when(c -> {
                    c.countries = List.of("US");
                    c.maxWeightGrams = 2000;
                }),
                new RuleActions(null, null, yun.id(), null, null));
        Rule approveUs = rule(
                "approve US",
                RuleKind.AUDIT,
                1,
                RuleConditionsTest.when(c -> c.countries = List.of("US")),
                new RuleActions(true, null, null, List.of("auto"), 3));
        ChannelOrder platformOrder = order(unique("buyer"), "1 Main St", "62701");

        // when the order is synced in a transaction, nothing happens to it inside
        Order inside = new TransactionTemplate(transactionManager).execute(s -> {
            Order o = ingest(platformOrder);
            assertThat(orders.history(o.id()))
                    .extracting(OrderHistoryEntry::actor)
                    .containsExactly("sync");
            return o;
        });

        // then once it commits the rules move it on
        eventually(() -> status(inside) == OrderStatus.PENDING_ALLOCATION);
        Order after = orders.findById(inside.id());
        assertThat(after.logisticsMethodId()).isEqualTo(yun.id());
        assertThat(after.priority()).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT tag FROM oms_order_tag WHERE order_id = ?", String.class, after.id()))
                .containsExactly("auto");
        assertThat(orders.history(after.id()))
                .extracting(OrderHistoryEntry::actor, OrderHistoryEntry::reason)
                .containsExactly(
                        tuple("sync", "synced from FAKE as Unshipped"),
                        tuple(usSmall.actor(), "set method " + yun.name() + " (" + yun.code() + ")"),
                        tuple(approveUs.actor(), "add tag auto"),
                        tuple(approveUs.actor(), "set priority 3"),
                        tuple(approveUs.actor(), "approve"));
        assertThat(runner.matchesOf(List.of(after.id())).get(after.id()))
                .extracting(RuleMapper.RuleMatch::ruleName)
                .containsExactly(usSmall.name(), approveUs.name());
    }

    @Test
    void anUnpaidOrderWaitsAtThePlatformsGateAndTheRulesReviewItOncePaid() {
        // given a rule approving this shop's orders, and an order not paid yet
        Rule approve = rule(
                "approve all", RuleKind.AUDIT, 1, RuleConditions.any(), new RuleActions(true, null, null, null, null));
        ChannelOrder placed = order(unique("buyer"), "1 Main St", "62701");
        ChannelOrder unpaid = Fixtures.changed(placed, PlatformState.UNPAID, placed.updatedAt());
        Order waiting = ingest(unpaid);
        eventually(() -> !runner.matchesOf(List.of(waiting.id())).isEmpty());
        assertThat(status(waiting)).isEqualTo(OrderStatus.AWAITING_PAYMENT);

        // when the platform says it is paid
        ingest(Fixtures.changed(
                placed, PlatformState.READY_TO_SHIP, placed.updatedAt().plusSeconds(60)));

        // then the rules review it
        eventually(() -> status(waiting) == OrderStatus.PENDING_ALLOCATION);
        assertThat(orders.history(waiting.id()))
                .last()
                .extracting(OrderHistoryEntry::actor)
                .isEqualTo(approve.actor());
    }

    @Test
    void aRuleThatHoldsNamesItselfAndItsReason() {
        // given
        Rule hold = rule(
                "hold big orders",
                RuleKind.AUDIT,
                1,
                RuleConditionsTest.when(c -> c.minItems = 1),
                new RuleActions(null, "call the buyer first", null, null, null));

        // when
        Order order = ingest(order(unique("buyer"), "1 Main St", "62701"));

        // then
        eventually(() -> status(order) == OrderStatus.ON_HOLD);
        Order held = orders.findById(order.id());
        assertThat(held.statusReason()).isEqualTo("hold: call the buyer first");
        assertThat(orders.history(order.id()))
                .last()
                .extracting(OrderHistoryEntry::actor)
                .isEqualTo(hold.actor());
    }

    @Test
    void aBadPostalCodeIsHeldWithTheFieldAtFault() {
        // given / when
        Order order = ingest(order(unique("buyer"), "1 Main St", "6270"));

        // then
        eventually(() -> status(order) == OrderStatus.ON_HOLD);
        assertThat(orders.findById(order.id()).statusReason()).startsWith("shipPostalCode: postal code \"6270\"");
        assertThat(orders.history(order.id()))
                .last()
                .extracting(OrderHistoryEntry::actor)
                .isEqualTo("check: address");
    }

    @Test
    void theSameBuyerAndAddressAgainWithinTheWindowIsHeldAsADuplicate() {
        // given an order that passed its checks
        String buyer = unique("buyer");
        Rule approve = rule(
                "approve all", RuleKind.AUDIT, 1, RuleConditions.any(), new RuleActions(true, null, null, null, null));
        Order first = ingest(order(buyer, "9 Elm St", "62701"));
        eventually(() -> status(first) == OrderStatus.PENDING_ALLOCATION);

        // when the same buyer orders again to the same address
        Order second = ingest(order(buyer, "9 Elm St", "62701"));

        // then
        eventually(() -> status(second) == OrderStatus.ON_HOLD);
        assertThat(orders.findById(second.id()).statusReason()).contains("order " + first.id());
        assertThat(orders.history(second.id()))
                .last()
                .extracting(OrderHistoryEntry::actor)
                .isEqualTo("check: duplicate");
        assertThat(approve.enabled()).isTrue();
    }

    @Test
    void aBlacklistedBuyerIsHeld() {
        // given
        String buyer = unique("Mallory");
        listed.add(blacklist
                .add("BUYER", buyer.toLowerCase(java.util.Locale.ROOT), "chargebacks", "admin")
                .id());

        // when
        Order order = ingest(order(buyer, "1 Main St", "62701"));

        // then
        eventually(() -> status(order) == OrderStatus.ON_HOLD);
        assertThat(orders.findById(order.id()).statusReason())
                .startsWith("buyerName: ")
                .contains("chargebacks");
    }

    @Test
    void aRunOnASelectionAppliesANewRuleAndASecondRunChangesNothing() {
        // given two orders synced before any rule
        Order one = ingest(order(unique("buyer"), "1 Main St", "62701"));
        Order two = ingest(order(unique("buyer"), "2 Main St", "62701"));
        Rule vip = rule(
                "VIP",
                RuleKind.AUDIT,
                1,
                RuleConditions.any(),
                new RuleActions(null, null, null, List.of("vip"), null));

        // when
        RuleRunner.Run first = runner.run(List.of(one.id(), two.id()));
        RuleRunner.Run again = runner.run(List.of(one.id(), two.id()));

        // then (the run after their intake may have applied it already: either way, once)
        assertThat(first.matched()).containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(again.matched()).containsExactlyInAnyOrder(one.id(), two.id());
        assertThat(again.changed()).isEmpty();
        assertThat(orders.history(one.id()))
                .filteredOn(h -> h.actor().equals(vip.actor()))
                .extracting(OrderHistoryEntry::reason)
                .containsExactly("add tag vip");
    }

    @Test
    void aRunOfSeveralBatchesChangesEveryOrderOnce() {
        // given more orders than three batches hold, synced before any rule
        int count = 2 * RuleRunner.BATCH + 7;
        List<ChannelOrder> synced = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            synced.add(order(unique("buyer"), i + " Main St", "62701"));
        }
        intake.ingest(shop, new OrderPage(synced, List.of(), null));
        runner.awaitArrived(PATIENCE);
        List<Long> ids = synced.stream()
                .map(o ->
                        orders.findByPlatformId(shop.id(), o.platformOrderId()).id())
                .toList();
        Rule bulk = rule(
                "bulk", RuleKind.AUDIT, 1, RuleConditions.any(), new RuleActions(null, null, null, List.of("bulk"), 2));

        // when the rules run on all of them at once (each batch read while the one before it is applied)
        RuleRunner.Run run = runner.run(ids);

        // then every order was decided and changed once, in every batch
        assertThat(run.failed()).isEmpty();
        assertThat(run.evaluated()).isEqualTo(count);
        assertThat(run.changed()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM oms_order_history WHERE actor = ? AND reason = 'add tag bulk'",
                        Integer.class,
                        bulk.actor()))
                .isEqualTo(count);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM oms_order WHERE shop_id = ? AND priority = 2", Integer.class, shop.id()))
                .isEqualTo(count);
    }

    @Test
    void aSelectionIsChangedTogetherWithTheHistoryEachOrderGetsAlone() {
        // given three orders synced before any rule (one of two mugs), and one more to run on its own
        ChannelOrder twoMugs = order(unique("buyer"), "3 Main St", "62701");
        List<Order> selection = List.of(
                ingest(order(unique("buyer"), "1 Main St", "62701")),
                ingest(order(unique("buyer"), "2 Main St", "62701")),
                ingest(Fixtures.withLines(
                        twoMugs,
                        List.of(new ChannelOrder.Line(
                                twoMugs.platformOrderId() + "-0", mug.sku(), mug.name(), 2, new BigDecimal("9.99"))))));
        Order alone = ingest(order(unique("buyer"), "4 Main St", "62701"));
        runner.awaitArrived(PATIENCE);
        // and rules routing US parcels, approving with a tag and a priority, and holding orders of two items
        Rule usParcels = rule(
                "US parcels",
                RuleKind.LOGISTICS,
                10,
                RuleConditionsTest.when(c -> c.countries = List.of("US")),
                new RuleActions(null, null, yun.id(), null, null));
        Rule approve = rule(
                "approve all",
                RuleKind.AUDIT,
                1,
                RuleConditions.any(),
                new RuleActions(true, null, null, List.of("auto"), 3));
        Rule hold = rule(
                "hold two items",
                RuleKind.AUDIT,
                5,
                RuleConditionsTest.when(c -> c.minItems = 2),
                new RuleActions(null, "check the pair", null, null, null));

        // when the rules run on the three at once, and on the fourth alone
        RuleRunner.Run run = runner.run(selection.stream().map(Order::id).toList());
        runner.run(List.of(alone.id()));

        // then each of the three is changed as the fourth was, with the same history
        assertThat(run.failed()).isEmpty();
        assertThat(run.changed())
                .containsExactlyInAnyOrderElementsOf(
                        selection.stream().map(Order::id).toList());
        List<Tuple> routedAndApproved = List.of(
                tuple("sync", "synced from FAKE as Unshipped"),
                tuple(usParcels.actor(), "set method " + yun.name() + " (" + yun.code() + ")"),
                tuple(approve.actor(), "add tag auto"),
                tuple(approve.actor(), "set priority 3"),
                tuple(approve.actor(), "approve"));
        for (Order order : List.of(selection.get(0), selection.get(1), alone)) {
            Order now = orders.findById(order.id());
            assertThat(now.status()).isEqualTo(OrderStatus.PENDING_ALLOCATION);
            assertThat(now.logisticsMethodId()).isEqualTo(yun.id());
            assertThat(now.priority()).isEqualTo(3);
            assertThat(orders.history(order.id()))
                    .extracting(OrderHistoryEntry::actor, OrderHistoryEntry::reason)
                    .containsExactlyElementsOf(routedAndApproved);
            assertThat(runner.matchesOf(List.of(order.id())).get(order.id()))
                    .extracting(RuleMapper.RuleMatch::ruleName)
                    .containsExactly(usParcels.name(), approve.name());
        }
        Order held = orders.findById(selection.get(2).id());
        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(held.heldFromStatus()).isEqualTo(OrderStatus.PENDING_AUDIT);
        assertThat(held.statusReason()).isEqualTo("hold: check the pair");
        assertThat(held.logisticsMethodId()).isEqualTo(yun.id());
        assertThat(orders.history(held.id()))
                .extracting(OrderHistoryEntry::actor, OrderHistoryEntry::reason)
                .containsExactly(
                        tuple("sync", "synced from FAKE as Unshipped"),
                        tuple(usParcels.actor(), "set method " + yun.name() + " (" + yun.code() + ")"),
                        tuple(approve.actor(), "add tag auto"),
                        tuple(approve.actor(), "set priority 3"),
                        tuple(hold.actor(), "hold: check the pair"));
        assertThat(jdbc.queryForList(
                        "SELECT order_id FROM oms_order_tag WHERE tag = 'auto' AND order_id IN (?, ?, ?, ?)",
                        Long.class,
                        selection.get(0).id(),
                        selection.get(1).id(),
                        selection.get(2).id(),
                        alone.id()))
                .hasSize(4);
    }

    @Test
    void aMethodSwitchedOffIsNeitherChosenByItsRulesNorOfferedToANewRule() {
        // given a logistics rule on a method that is then switched off
        LogisticsMethod other = fixtures.fakeCarrierMethod();
        rule("on yun", RuleKind.LOGISTICS, 10, RuleConditions.any(), new RuleActions(null, null, yun.id(), null, null));
        rule(
                "fallback",
                RuleKind.LOGISTICS,
                1,
                RuleConditions.any(),
                new RuleActions(null, null, other.id(), null, null));
        methods.setEnabled(yun.id(), false);
        try {
            // when an order arrives, and a new rule names the switched-off method
            Order order = ingest(order(unique("buyer"), "3 Elm St", "62701"));
            runner.run(List.of(order.id()));
            RuleRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    RuleRefusedException.class,
                    () -> rule(
                            "again on yun",
                            RuleKind.LOGISTICS,
                            5,
                            RuleConditions.any(),
                            new RuleActions(null, null, yun.id(), null, null)));

            // then the next rule chose the method, and the new rule was refused for the method
            assertThat(orders.findById(order.id()).logisticsMethodId()).isEqualTo(other.id());
            assertThat(refused.problems())
                    .extracting(p -> p.field(), p -> p.refusal().code())
                    .containsExactly(tuple("actions.logisticsMethodId", "methodDisabled"));
        } finally {
            methods.setEnabled(yun.id(), true);
        }
    }

    @Test
    void aDryRunCountsTheOrdersARuleWouldMatchNow() {
        // given three orders of this shop waiting for review
        for (int i = 0; i < 3; i++) {
            ingest(order(unique("buyer"), i + " Oak St", "62701"));
        }
        Rule draft = store.checked(
                new RuleDraft(
                        "draft",
                        "AUDIT",
                        0,
                        true,
                        RuleConditionsTest.when(c -> c.shopIds = List.of(shop.id())),
                        new RuleActions(true, null, null, null, null)),
                0,
                "tester");

        // when
        RuleRunner.DryRun dry = runner.dryRun(draft);

        // then
        assertThat(dry.matching()).isEqualTo(3);
        assertThat(dry.sample()).hasSize(3);
    }

    @Test
    void aRuleIsRefusedWithEveryReasonAtOnce() {
        // given a rule with a bad kind, a bad country and no action
        RuleDraft bad = new RuleDraft(
                " ",
                "SHIPPING",
                0,
                true,
                RuleConditionsTest.when(c -> c.countries = List.of("USA")),
                new RuleActions(null, null, null, null, null));

        // when
        RuleRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                RuleRefusedException.class, () -> store.create(bad, "tester"));

        // then
        assertThat(refused.problems())
                .extracting(p -> p.field(), p -> p.refusal().code())
                .containsExactly(
                        tuple("name", "required"),
                        tuple("kind", "kind"),
                        tuple("conditions.countries", "country"),
                        tuple("actions", "noAction"));
    }

    OrderStatus status(Order order) {
        return orders.findById(order.id()).status();
    }

    static void eventually(BooleanSupplier condition) {
        Instant until = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within " + PATIENCE);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package io.junction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the matching rules do to an order, action by action, and who wins when they disagree. */
class RuleEngineTest {

    static final Map<Long, String> CARRIERS = Map.of(11L, "YUNEXPRESS", 12L, "FAKE");

    final RuleEngine engine = new RuleEngine(new RuleChecks(RuleCheckSettings.defaults()));

    static Rule rule(long id, String name, RuleKind kind, int priority, RuleConditions when, RuleActions then) {
        return new Rule(id, name, kind, priority, true, when, then, "tester", Instant.EPOCH);
    }

    static RuleActions approve() {
        return new RuleActions(true, null, null, null, null);
    }

    static RuleActions hold(String reason) {
        return new RuleActions(null, reason, null, null, null);
    }

    static RuleActions method(long id) {
        return new RuleActions(null, null, id, null, null);
    }

    static RuleConditions to(String... countries) {
        return RuleConditionsTest.when(c -> c.countries = List.of(countries));
    }

    RuleDecision decide(AnOrder order, Rule... rules) {
        return engine.decide(List.of(rules), order.facts(), List.of(), CARRIERS::get, AnOrder.NOW);
    }

    @Test
    void aMatchingAuditRuleApprovesAnOrderWaitingForReview() {
        // given
        Rule usOrders = rule(1, "US orders", RuleKind.AUDIT, 0, to("US"), approve());

        // when
        RuleDecision decision = decide(AnOrder.waitingForReview(), usOrders);

        // then
        assertThat(decision.approve()).isEqualTo(usOrders);
        assertThat(decision.matched()).containsExactly(usOrders);
    }

    @Test
    void aRuleThatDoesNotMatchDoesNothing() {
        // given
        Rule germany = rule(1, "Germany", RuleKind.AUDIT, 0, to("DE"), approve());

        // when
        RuleDecision decision = decide(AnOrder.waitingForReview(), germany);

        // then
        assertThat(decision.changesNothing()).isTrue();
        assertThat(decision.matched()).isEmpty();
    }

    @Test
    void holdBeatsApproveWhateverTheirPriorities() {
        // given
        Rule approveAll = rule(1, "approve all", RuleKind.AUDIT, 100, RuleConditions.any(), approve());
        Rule holdUs = rule(2, "hold US", RuleKind.AUDIT, 1, to("US"), hold("check the address"));

        // when
        RuleDecision decision = decide(AnOrder.waitingForReview(), approveAll, holdUs);

        // then
        assertThat(decision.hold()).isEqualTo(holdUs);
        assertThat(decision.approve()).isNull();
        assertThat(decision.matched()).containsExactly(approveAll, holdUs);
    }

    @Test
    void aCheapestMethodRuleAsksForQuotesFirstThenSetsTheMethodChosenForIt() {
        // given
        Rule cheapest = rule(
                7,
                "cheapest",
                RuleKind.LOGISTICS,
                1,
                RuleConditions.any(),
                new RuleActions(null, null, null, null, null, new RuleActions.CheapestMethod(List.of(11L, 12L), true)));

        // when
        RuleDecision asking = decide(AnOrder.waitingForReview(), cheapest);
        RuleDecision chosen = engine.decide(
                List.of(cheapest),
                AnOrder.waitingForReview().facts(),
                List.of(),
                CARRIERS::get,
                AnOrder.NOW,
                Map.of(7L, 12L));

        // then
        assertThat(asking.cheapest())
                .isEqualTo(new RuleDecision.Change<>(cheapest.actions().cheapestMethod(), cheapest));
        assertThat(asking.method()).isNull();
        assertThat(asking.changesNothing()).isFalse();
        assertThat(chosen.cheapest()).isNull();
        assertThat(chosen.method()).isEqualTo(new RuleDecision.Change<>(12L, cheapest));
    }

    @Test
    void theFirstMatchingLogisticsRuleByPriorityChoosesTheMethod() {
        // given
        Rule cheap = rule(1, "cheap", RuleKind.LOGISTICS, 1, RuleConditions.any(), method(12));
        Rule usSmall = rule(2, "US small parcels", RuleKind.LOGISTICS, 10, to("US"), method(11));
        Rule canada = rule(3, "Canada", RuleKind.LOGISTICS, 50, to("CA"), method(12));

        // when
        RuleDecision decision = decide(AnOrder.waitingForReview(), cheap, usSmall, canada);

        // then
        assertThat(decision.method().value()).isEqualTo(11L);
        assertThat(decision.method().rule()).isEqualTo(usSmall);
        assertThat(decision.matched()).containsExactly(usSmall);
    }

    @Test
    void aRuleWhoseMethodWasSwitchedOffLetsTheNextRuleChoose() {
        // given: method 99 has no carrier for the engine, as a switched-off method has none
        Rule switchedOff = rule(2, "US small parcels", RuleKind.LOGISTICS, 10, to("US"), method(99));
        Rule cheap = rule(1, "cheap", RuleKind.LOGISTICS, 1, RuleConditions.any(), method(12));

        // when
        RuleDecision decision = decide(AnOrder.waitingForReview(), switchedOff, cheap);

        // then
        assertThat(decision.method().value()).isEqualTo(12L);
        assertThat(decision.method().rule()).isEqualTo(cheap);
        assertThat(decision.matched()).containsExactly(cheap);
    }

    @Test
    void aLogisticsRuleLeavesAnAllocatedOrderAlone() {
        // given
        Rule usSmall = rule(2, "US small parcels", RuleKind.LOGISTICS, 10, to("US"), method(11));

        // when
        RuleDecision decision =
                decide(AnOrder.waitingForReview().with(o -> o.status = OrderStatus.PENDING_TRACKING), usSmall);

        // then
        assertThat(decision.method()).isNull();
        assertThat(decision.matched()).isEmpty();
    }

    @Test
    void aMethodTheOrderHasAlreadyIsNotSetAgain() {
        // given
        Rule usSmall = rule(2, "US small parcels", RuleKind.LOGISTICS, 10, to("US"), method(12));

        // when
        RuleDecision decision = decide(AnOrder.waitingForReview().with(o -> o.methodId = 12L), usSmall);

        // then
        assertThat(decision.method()).isNull();
        assertThat(decision.matched()).containsExactly(usSmall);
    }

    @Test
    void tagsAreAddedOnceEachAndTagsTheOrderHasAreLeftOut() {
        // given
        Rule vip = rule(
                1,
                "VIP",
                RuleKind.AUDIT,
                5,
                RuleConditions.any(),
                new RuleActions(null, null, null, List.of("VIP", "US"), null));
        Rule us = rule(
                2,
                "US",
                RuleKind.AUDIT,
                1,
                to("US"),
                new RuleActions(null, null, null, List.of("US", "EXPRESS"), null));

        // when
        RuleDecision decision = decide(AnOrder.waitingForReview().with(o -> o.tags.add("EXPRESS")), vip, us);

        // then
        assertThat(decision.addTags()).containsOnlyKeys("VIP", "US");
        assertThat(decision.addTags().get("US")).isEqualTo(vip);
    }

    @Test
    void theHighestRuleSettingAPriorityWins() {
        // given
        Rule urgent =
                rule(1, "urgent", RuleKind.AUDIT, 9, RuleConditions.any(), new RuleActions(null, null, null, null, 5));
        Rule normal =
                rule(2, "normal", RuleKind.AUDIT, 1, RuleConditions.any(), new RuleActions(null, null, null, null, 1));

        // when
        RuleDecision decision = decide(AnOrder.waitingForReview(), normal, urgent);

        // then
        assertThat(decision.priority().value()).isEqualTo(5);
        assertThat(decision.priority().rule()).isEqualTo(urgent);
    }

    @Test
    void aDisabledRuleIsSkipped() {
        // given
        Rule off = new Rule(1, "off", RuleKind.AUDIT, 0, false, RuleConditions.any(), approve(), "t", Instant.EPOCH);

        // when / then
        assertThat(decide(AnOrder.waitingForReview(), off).approve()).isNull();
    }

    @Test
    void aFailedCheckHoldsTheOrderInsteadOfAnyApproval() {
        // given a bad US postal code and a rule approving everything
        Rule approveAll = rule(1, "approve all", RuleKind.AUDIT, 100, RuleConditions.any(), approve());

        // when
        RuleDecision decision = decide(AnOrder.waitingForReview().with(o -> o.postalCode = "6270"), approveAll);

        // then
        assertThat(decision.approve()).isNull();
        assertThat(decision.failures()).extracting(CheckFailure::field).containsExactly("shipPostalCode");
    }

    @Test
    void theLatinScriptCheckFollowsTheMethodARuleJustChose() {
        // given a Cyrillic street and a rule choosing a YunExpress method
        Rule yun = rule(1, "Russia by YunExpress", RuleKind.LOGISTICS, 1, RuleConditions.any(), method(11));
        AnOrder russia = AnOrder.waitingForReview().with(o -> {
            o.country = "RU";
            o.postalCode = "101000";
            o.shipLine1 = "ул. Тверская, 1";
        });

        // when
        RuleDecision decision = decide(russia, yun);

        // then
        assertThat(decision.failures()).extracting(CheckFailure::field).containsExactly("shipLine1");
        assertThat(decision.failures().get(0).reason()).contains("YUNEXPRESS");
    }

    @Test
    void approveAndHoldApplyOnlyToOrdersWaitingForReview() {
        // given
        Rule approveAll = rule(1, "approve all", RuleKind.AUDIT, 1, RuleConditions.any(), approve());

        // when
        RuleDecision decision =
                decide(AnOrder.waitingForReview().with(o -> o.status = OrderStatus.AWAITING_PAYMENT), approveAll);

        // then
        assertThat(decision.approve()).isNull();
        assertThat(decision.failures()).isEmpty();
    }
}

package io.junction.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each condition as a policy: a table of orders it matches and misses, and why it says so. */
class RuleConditionsTest {

    static RuleConditions when(Consumer<Builder> set) {
        Builder b = new Builder();
        set.accept(b);
        return b.build();
    }

    /** Mutable stand-in for the record's fifteen fields. */
    static final class Builder {
        List<Long> shopIds;
        List<String> platforms;
        List<String> countries;
        List<String> skuCodes;
        BigDecimal minTotal;
        BigDecimal maxTotal;
        String currency;
        Integer minItems;
        Integer maxItems;
        Integer minWeightGrams;
        Integer maxWeightGrams;
        Boolean hasBuyerNote;
        Integer shipByWithinHours;
        List<String> tags;
        List<String> skuFlags;

        RuleConditions build() {
            return new RuleConditions(
                    shopIds,
                    platforms,
                    countries,
                    skuCodes,
                    minTotal,
                    maxTotal,
                    currency,
                    minItems,
                    maxItems,
                    minWeightGrams,
                    maxWeightGrams,
                    hasBuyerNote,
                    shipByWithinHours,
                    tags,
                    skuFlags);
        }
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row("shop among shopIds", c -> c.shopIds = List.of(7L, 8L), o -> {}, true),
                row("shop not among shopIds", c -> c.shopIds = List.of(8L), o -> {}, false),
                row("platform, any case", c -> c.platforms = List.of("amazon"), o -> {}, true),
                row("other platform", c -> c.platforms = List.of("JD"), o -> {}, false),
                row("country listed", c -> c.countries = List.of("US", "CA"), o -> {}, true),
                row("country not listed", c -> c.countries = List.of("DE"), o -> {}, false),
                row("no country never matches", c -> c.countries = List.of("US"), o -> o.country = null, false),
                row("sku among the lines", c -> c.skuCodes = List.of("MUG"), o -> {}, true),
                row(
                        "unpaired line by platform sku",
                        c -> c.skuCodes = List.of("P-X"),
                        o -> o.lines.add(new OrderFacts.Line("P-X", null, 1, null, java.util.Set.of())),
                        true),
                row("sku not among the lines", c -> c.skuCodes = List.of("LAMP"), o -> {}, false),
                row(
                        "total at the minimum",
                        c -> {
                            c.currency = "USD";
                            c.minTotal = new BigDecimal("19.98");
                        },
                        o -> {},
                        true),
                row(
                        "total below the minimum",
                        c -> {
                            c.currency = "USD";
                            c.minTotal = new BigDecimal("20");
                        },
                        o -> {},
                        false),
                row(
                        "total above the maximum",
                        c -> {
                            c.currency = "USD";
                            c.maxTotal = new BigDecimal("10");
                        },
                        o -> {},
                        false),
                row(
                        "total in another currency",
                        c -> {
                            c.currency = "EUR";
                            c.maxTotal = new BigDecimal("100");
                        },
                        o -> {},
                        false),
                row("items at least", c -> c.minItems = 3, o -> o.lines.add(AnOrder.mug(2)), true),
                row("items fewer", c -> c.minItems = 2, o -> {}, false),
                row("items at most", c -> c.maxItems = 1, o -> {}, true),
                row("items more", c -> c.maxItems = 1, o -> o.lines.add(AnOrder.mug(1)), false),
                row(
                        "weight from the SKUs at most",
                        c -> c.maxWeightGrams = 600,
                        o -> o.lines.add(AnOrder.mug(1)),
                        true),
                row("weight from the SKUs above", c -> c.maxWeightGrams = 500, o -> o.lines.add(AnOrder.mug(1)), false),
                row(
                        "weight unknown is not light",
                        c -> c.maxWeightGrams = 2000,
                        o -> o.lines.add(AnOrder.line("LAMP", 1, null)),
                        false),
                row("weight at least", c -> c.minWeightGrams = 900, o -> o.lines.add(AnOrder.mug(2)), true),
                row("buyer note wanted and present", c -> c.hasBuyerNote = true, o -> o.buyerNote = "gift wrap", true),
                row("buyer note wanted, blank", c -> c.hasBuyerNote = true, o -> o.buyerNote = "  ", false),
                row("no buyer note wanted", c -> c.hasBuyerNote = false, o -> {}, true),
                row("ship-by within the hours", c -> c.shipByWithinHours = 48, o -> {}, true),
                row("ship-by later", c -> c.shipByWithinHours = 24, o -> {}, false),
                row("no ship-by", c -> c.shipByWithinHours = 24, o -> o.shipBy = null, false),
                row("tag present", c -> c.tags = List.of("VIP"), o -> o.tags.add("VIP"), true),
                row("tag absent", c -> c.tags = List.of("VIP"), o -> {}, false),
                row(
                        "battery SKU",
                        c -> c.skuFlags = List.of("BATTERY"),
                        o -> o.lines.add(AnOrder.line("POWERBANK", 1, 200, SkuFlag.BATTERY)),
                        true),
                row(
                        "no liquid SKU",
                        c -> c.skuFlags = List.of("LIQUID"),
                        o -> o.lines.add(AnOrder.line("POWERBANK", 1, 200, SkuFlag.BATTERY)),
                        false));
    }

    static Arguments row(String name, Consumer<Builder> condition, Consumer<AnOrder> order, boolean matches) {
        return Arguments.of(name, condition, order, matches);
    }

    @ParameterizedTest(name = "{0}: matches = {3}")
    @MethodSource("table")
    void eachConditionSaysWhetherTheOrderMeetsIt(
            String name, Consumer<Builder> condition, Consumer<AnOrder> order, boolean matches) {
        // given
        RuleConditions conditions = when(condition);
        OrderFacts facts = AnOrder.waitingForReview().with(order).facts();

        // when
        List<Verdict> verdicts = conditions.test(facts, AnOrder.NOW);

        // then
        assertThat(conditions.matches(facts, AnOrder.NOW)).isEqualTo(matches);
        assertThat(verdicts).isNotEmpty().allSatisfy(v -> assertThat(v.why()).isNotBlank());
    }

    @Test
    void noConditionMatchesEveryOrder() {
        // given
        RuleConditions any = RuleConditions.any();

        // when / then
        assertThat(any.policies()).isEmpty();
        assertThat(any.matches(AnOrder.waitingForReview().facts(), AnOrder.NOW)).isTrue();
    }

    @Test
    void aMissedConditionSaysWhy() {
        // given a rule for Germany only
        RuleConditions germany = when(c -> c.countries = List.of("DE"));

        // when
        Verdict verdict =
                germany.test(AnOrder.waitingForReview().facts(), AnOrder.NOW).get(0);

        // then
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.condition()).isEqualTo("countries");
        assertThat(verdict.why()).isEqualTo("US is not one of [DE]");
    }
}

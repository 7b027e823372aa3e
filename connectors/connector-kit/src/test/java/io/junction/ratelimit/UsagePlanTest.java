package io.junction.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class UsagePlanTest {

    @Test
    void aPlanIsReadAsRateSlashBurst() {
        assertThat(UsagePlan.parse("0.0056/20")).isEqualTo(new UsagePlan(0.0056, 20));
        assertThat(UsagePlan.parse(" 5 / 20 ")).isEqualTo(new UsagePlan(5, 20));
        assertThat(new UsagePlan(0.0056, 20)).hasToString("0.0056/20");
    }

    @Test
    void aPlanWithoutARateOrABurstIsRefused() {
        assertThatThrownBy(() -> UsagePlan.parse("0.0056")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UsagePlan.parse("fast/20")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsagePlan(0, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsagePlan(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amazonsSearchOrdersPlanRefillsOneCallEvery178Seconds() {
        assertThat(new UsagePlan(0.0056, 20).refillPeriod())
                .isBetween(Duration.ofMillis(178_571), Duration.ofMillis(178_572));
    }

    @Test
    void theAnnouncedRateKeepsTheBurst() {
        assertThat(new UsagePlan(0.0056, 20).withRate(0.5)).isEqualTo(new UsagePlan(0.5, 20));
    }

    @Test
    void anOperationWithoutItsOwnPlanUsesTheOtherwisePlan() {
        UsagePlans plans = UsagePlans.uniform(new UsagePlan(1, 5)).with("searchOrders", new UsagePlan(0.0056, 20));
        assertThat(plans.plan("searchOrders")).isEqualTo(new UsagePlan(0.0056, 20));
        assertThat(plans.plan("getOrder")).isEqualTo(new UsagePlan(1, 5));
    }

    @Test
    void aPlanBecomesABucketOfBurstTokensRefilledOnePercentBelowTheRate() {
        var bandwidth = BucketCallQuota.configuration(new UsagePlan(0.0056, 20)).getBandwidths()[0];
        assertThat(bandwidth.getCapacity()).isEqualTo(20);
        assertThat(bandwidth.getRefillTokens()).isEqualTo(20);
        assertThat(bandwidth.getRefillPeriodNanos()).isEqualTo(Math.round(20 * 1e9 / (0.0056 * 0.99)));
    }
}

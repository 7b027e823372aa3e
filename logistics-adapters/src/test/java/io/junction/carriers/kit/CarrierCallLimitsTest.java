package io.junction.carriers.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.ratelimit.UsagePlan;
import io.junction.ratelimit.UsagePlans;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarrierCallLimitsTest {

    @Test
    void aCarriersOwnPlanOverridesTheSharedOneOperationByOperationWhateverTheCaseOfItsCode() {
        // given
        CarrierCallLimits limits = new CarrierCallLimits(
                new UsagePlans(Map.of(), UsagePlan.parse("30/30")),
                Map.of("yunexpress", new UsagePlans(Map.of("WayBill.CreateOrder", UsagePlan.parse("5/10")), null)));

        // then
        assertThat(limits.plan("YUNEXPRESS", "WayBill.CreateOrder")).isEqualTo(UsagePlan.parse("5/10"));
        assertThat(limits.plan("YUNEXPRESS", "WayBill.GetTrackingNumber")).isEqualTo(UsagePlan.parse("30/30"));
        assertThat(limits.plan("FOURPX", "ds.xms.order.create")).isEqualTo(UsagePlan.parse("30/30"));
    }

    @Test
    void withNothingSetEveryCarrierHasTheDefaultPlan() {
        assertThat(CarrierCallLimits.defaults().plan("YANWEN", "express.order.create"))
                .isEqualTo(CarrierCallLimits.DEFAULT_PLAN);
    }
}

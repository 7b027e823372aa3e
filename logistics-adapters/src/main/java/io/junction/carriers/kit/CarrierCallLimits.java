package io.junction.carriers.kit;

import io.junction.ratelimit.UsagePlan;
import io.junction.ratelimit.UsagePlans;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How many calls a carrier account may make ({@code junction.carriers.calls.*}), shared by every node as the
 * marketplaces' limits are. No carrier in the reference publishes its limits: the defaults are UNCONFIRMED and
 * settable per carrier and operation, e.g. {@code junction.carriers.calls.by-carrier.yunexpress.otherwise: 20/20}
 * or {@code junction.carriers.calls.by-carrier.fourpx.by-operation[ds.xms.order.create]: 10/10}.
 *
 * @param usagePlans every carrier's plans where {@code byCarrier} names none (UNCONFIRMED: 50 calls a second,
 *     50 at once, per account and operation)
 * @param byCarrier a carrier's own plans by its code (any case), over {@code usagePlans}
 */
@ConfigurationProperties("junction.carriers.calls")
public record CarrierCallLimits(UsagePlans usagePlans, Map<String, UsagePlans> byCarrier) {

    /** UNCONFIRMED: what every carrier account may call when nothing is set. */
    public static final UsagePlan DEFAULT_PLAN = new UsagePlan(50, 50);

    @ConstructorBinding
    public CarrierCallLimits {
        usagePlans = usagePlans == null
                ? UsagePlans.uniform(DEFAULT_PLAN)
                : usagePlans.orElse(UsagePlans.uniform(DEFAULT_PLAN));
        Map<String, UsagePlans> byCode = new HashMap<>();
        if (byCarrier != null) {
            byCarrier.forEach((code, plans) -> byCode.put(code.toUpperCase(Locale.ROOT), plans));
        }
        byCarrier = Map.copyOf(byCode);
    }

    /** The defaults: {@link #DEFAULT_PLAN} for every carrier and operation. */
    public static CarrierCallLimits defaults() {
        return new CarrierCallLimits(null, null);
    }

    /** The plan of {@code carrier}'s {@code operation}. */
    public UsagePlan plan(String carrier, String operation) {
        UsagePlans own = byCarrier.get(carrier.toUpperCase(Locale.ROOT));
        return (own == null ? usagePlans : own.orElse(usagePlans)).plan(operation);
    }
}

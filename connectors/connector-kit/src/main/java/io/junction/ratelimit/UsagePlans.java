package io.junction.ratelimit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A connector's usage plans by operation name, with the plan of any operation not listed. Settings
 * write them as {@code rate/burst}: {@code usage-plans.by-operation.searchOrders: 5/20},
 * {@code usage-plans.otherwise: 10/20} (an operation name with dots in brackets: {@code [taobao.trade.get]}).
 *
 * @param byOperation plans of named operations (Amazon's {@code searchOrders}, TOP's method names)
 * @param otherwise the plan of every other operation; null only in settings that
 *     {@linkplain #orElse complete} a platform's plans
 */
public record UsagePlans(Map<String, UsagePlan> byOperation, UsagePlan otherwise) {

    /**
     * The default of a gateway that publishes no per-method plan, UNCONFIRMED: 10 calls a second with a burst of 20
     * for every method of one seller account. TOP, JOS and IOP document per-app daily totals and per-second bans
     * ("App Call Limited") rather than a per-method plan; set the shop's real figures where they are known.
     */
    public static final UsagePlans UNPUBLISHED = uniform(new UsagePlan(10, 20));

    public UsagePlans {
        byOperation = byOperation == null ? Map.of() : Map.copyOf(byOperation);
    }

    /** The same plan for every operation. */
    public static UsagePlans uniform(UsagePlan plan) {
        return new UsagePlans(Map.of(), plan);
    }

    /** The plan of {@code operation}. */
    public UsagePlan plan(String operation) {
        UsagePlan plan = byOperation.getOrDefault(operation, otherwise);
        if (plan == null) {
            throw new IllegalStateException("no usage plan for " + operation + " and none for other operations");
        }
        return plan;
    }

    /** These plans over {@code defaults}: each operation named here replaces its default plan. */
    public UsagePlans orElse(UsagePlans defaults) {
        Map<String, UsagePlan> plans = new HashMap<>(defaults.byOperation);
        plans.putAll(byOperation);
        return new UsagePlans(plans, otherwise != null ? otherwise : defaults.otherwise);
    }

    /** The same plans with {@code operation} on {@code plan}. */
    public UsagePlans with(String operation, UsagePlan plan) {
        Map<String, UsagePlan> plans = new HashMap<>(byOperation);
        plans.put(operation, Objects.requireNonNull(plan, "plan"));
        return new UsagePlans(plans, otherwise);
    }
}

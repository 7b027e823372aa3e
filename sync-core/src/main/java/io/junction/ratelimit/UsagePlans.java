package io.junction.ratelimit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A connector's usage plans by operation name, with the plan of any operation not listed.
 *
 * @param byOperation plans of named operations (Amazon's {@code searchOrders}, TOP's method names)
 * @param otherwise the plan of every other operation
 */
public record UsagePlans(Map<String, UsagePlan> byOperation, UsagePlan otherwise) {

    public UsagePlans {
        byOperation = Map.copyOf(byOperation);
        Objects.requireNonNull(otherwise, "otherwise");
    }

    /** The same plan for every operation. */
    public static UsagePlans uniform(UsagePlan plan) {
        return new UsagePlans(Map.of(), plan);
    }

    /** The plan of {@code operation}. */
    public UsagePlan plan(String operation) {
        return byOperation.getOrDefault(operation, otherwise);
    }

    /** The same plans with {@code operation} on {@code plan}. */
    public UsagePlans with(String operation, UsagePlan plan) {
        Map<String, UsagePlan> plans = new HashMap<>(byOperation);
        plans.put(operation, Objects.requireNonNull(plan, "plan"));
        return new UsagePlans(plans, otherwise);
    }
}

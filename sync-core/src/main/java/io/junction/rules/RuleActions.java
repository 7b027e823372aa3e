package io.junction.rules;

import java.util.List;

/**
 * What a rule does to an order it matches; every action left out (null) does nothing.
 *
 * @param approve review the order (待审核 → 待配货), as a person's review does
 * @param hold hold the order with this reason shown on it; beats any rule's approve
 * @param logisticsMethodId the method of an order not yet allocated (LOGISTICS rules only)
 * @param addTags tags the order gains
 * @param priority the order's priority (higher first in every tab)
 * @param cheapestMethod choose the method whose carrier quotes the lowest freight (LOGISTICS rules only,
 *     instead of {@code logisticsMethodId})
 */
public record RuleActions(
        Boolean approve,
        String hold,
        Long logisticsMethodId,
        List<String> addTags,
        Integer priority,
        CheapestMethod cheapestMethod) {

    /** Without the cheapest-method action. */
    public RuleActions(Boolean approve, String hold, Long logisticsMethodId, List<String> addTags, Integer priority) {
        this(approve, hold, logisticsMethodId, addTags, priority, null);
    }

    /**
     * The action "cheapest method that meets the ship-by": of the candidate methods whose carrier quotes, the
     * one with the lowest freight for the order; a method meets the ship-by when it can be handed to its carrier
     * before the order's ship-by (now plus the method's {@code handoverHours}).
     *
     * @param methodIds the candidates; null or empty: every enabled method
     * @param meetShipBy whether methods that cannot be handed over before the ship-by are passed over (null: yes)
     */
    public record CheapestMethod(List<Long> methodIds, Boolean meetShipBy) {

        public boolean meetsShipByRequired() {
            return meetShipBy == null || meetShipBy;
        }

        /** The candidates, or null for every enabled method. */
        public List<Long> candidates() {
            return methodIds == null || methodIds.isEmpty() ? null : methodIds;
        }
    }

    public boolean approves() {
        return Boolean.TRUE.equals(approve);
    }

    public boolean none() {
        return !approves()
                && hold == null
                && logisticsMethodId == null
                && cheapestMethod == null
                && (addTags == null || addTags.isEmpty())
                && priority == null;
    }
}

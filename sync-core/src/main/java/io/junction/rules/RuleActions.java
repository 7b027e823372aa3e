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
 */
public record RuleActions(
        Boolean approve, String hold, Long logisticsMethodId, List<String> addTags, Integer priority) {

    public boolean approves() {
        return Boolean.TRUE.equals(approve);
    }

    public boolean none() {
        return !approves()
                && hold == null
                && logisticsMethodId == null
                && (addTags == null || addTags.isEmpty())
                && priority == null;
    }
}

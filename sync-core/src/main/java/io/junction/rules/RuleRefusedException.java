package io.junction.rules;

import io.junction.order.RefusedChangeException;
import java.util.List;

/**
 * A rule or blacklist entry that cannot be stored as asked, with every reason (codes under
 * {@code rules.refusal.}); nothing was changed. A {@link #conflict()} is a name or entry already taken.
 */
public class RuleRefusedException extends RefusedChangeException {

    public RuleRefusedException(List<Problem> problems, boolean conflict) {
        super(problems, conflict);
    }
}

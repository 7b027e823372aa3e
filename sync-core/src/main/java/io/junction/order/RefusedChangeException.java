package io.junction.order;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A change (a shop, a user…) that cannot be made as asked, with every reason; nothing was changed.
 * Each feature's refusal extends it and says what a {@link #conflict()} is for it.
 */
public class RefusedChangeException extends RuntimeException {

    /**
     * One reason, tied to the field a person has to fix: {@code reason} as it was said (for logs, or
     * already in the reader's language), {@code refusal} its code and arguments for the reader's
     * language (null when there is none). Serializable: a page flashes it across a redirect, and in production
     * the session (and so the flash) is kept in the database.
     */
    public record Problem(String field, String reason, Refusal refusal) implements Serializable {

        public Problem(String field, String reason) {
            this(field, reason, null);
        }
    }

    private final List<Problem> problems;
    private final boolean conflict;

    public RefusedChangeException(List<Problem> problems, boolean conflict) {
        super(problems.stream().map(Problem::reason).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether the change clashes with what there is (answered 409) rather than being malformed (400). */
    public boolean conflict() {
        return conflict;
    }
}

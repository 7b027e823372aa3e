package io.junction.shop;

import io.junction.order.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/** A shop that cannot be added or changed as asked, with every reason; nothing was changed. */
public class ShopRefusedException extends RuntimeException {

    /**
     * One reason, tied to the field a person has to fix: {@code reason} in English for logs,
     * {@code refusal} its code and arguments for the reader's language (null when there is none).
     */
    public record Problem(String field, String reason, Refusal refusal) {

        public Problem(String field, String reason) {
            this(field, reason, null);
        }
    }

    private final List<Problem> problems;
    private final boolean conflict;

    public ShopRefusedException(List<Problem> problems, boolean conflict) {
        super(problems.stream().map(Problem::reason).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether the shop clashes with another one (a duplicate name) rather than being malformed. */
    public boolean conflict() {
        return conflict;
    }
}

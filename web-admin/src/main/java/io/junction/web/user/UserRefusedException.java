package io.junction.web.user;

import java.util.List;
import java.util.stream.Collectors;

/** A user that cannot be added or changed as asked, with every reason; nothing was changed. */
public class UserRefusedException extends RuntimeException {

    /** One reason, tied to the field a person has to fix. */
    public record Problem(String field, String reason) {}

    private final List<Problem> problems;
    private final boolean conflict;

    public UserRefusedException(List<Problem> problems, boolean conflict) {
        super(problems.stream().map(Problem::reason).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether the change would leave no admin, rather than being malformed. */
    public boolean conflict() {
        return conflict;
    }
}

package io.junction.label;

import java.util.List;

/** A batch of labels that cannot be printed, with every reason. */
public class LabelException extends RuntimeException {
    private final List<String> problems;

    public LabelException(List<String> problems) {
        super("Cannot print these labels: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

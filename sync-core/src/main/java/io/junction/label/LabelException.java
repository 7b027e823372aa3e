package io.junction.label;

import io.junction.order.Refusal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A batch of labels that cannot be printed, with every reason: in English ({@link #problems()}) for
 * logs, and as refusals ({@link #refusals()}, null where the reason is a carrier's own words) for the
 * reader's language.
 */
public class LabelException extends RuntimeException {

    /** No order of that id (or none the caller may see): {@code (orderId)}. */
    public static final String NO_SUCH_ORDER = "label-no-such-order";
    /** The order has no tracking number yet: {@code (orderId, status)}. */
    public static final String NO_TRACKING = "label-no-tracking";
    /** The carrier gave no label: {@code (orderId, carrier, packageNo, outcome)}; the outcome as it came. */
    public static final String CARRIER_NO_LABEL = "label-carrier-no-label";
    /** A carrier's label is a PDF and has no ZPL form: {@code (orderId, packageNo)}. */
    public static final String CARRIER_LABEL_NO_ZPL = "label-carrier-no-zpl";
    /** Nothing was selected: no arguments. */
    public static final String NONE_SELECTED = "label-none-selected";

    private final List<String> problems;
    private final List<Refusal> refusals;

    public LabelException(List<String> problems) {
        this(problems, Collections.nCopies(problems.size(), null));
    }

    /** {@code refusals} in the order of {@code problems}, one each. */
    public LabelException(List<String> problems, List<Refusal> refusals) {
        super("Cannot print these labels: " + String.join("; ", problems));
        if (refusals.size() != problems.size()) {
            throw new IllegalArgumentException("one refusal per problem");
        }
        this.problems = List.copyOf(problems);
        this.refusals = Collections.unmodifiableList(new ArrayList<>(refusals));
    }

    /** Nothing selected to print. */
    public static LabelException noneSelected() {
        return new LabelException(List.of("no orders selected"), List.of(Refusal.of(NONE_SELECTED)));
    }

    public List<String> problems() {
        return problems;
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}

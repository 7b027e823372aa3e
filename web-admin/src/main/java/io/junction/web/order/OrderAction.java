package io.junction.web.order;

import java.util.Arrays;
import java.util.NoSuchElementException;

/** The batch actions a clerk can take on selected orders, by their name in the URL. */
public enum OrderAction {
    AUDIT("audit", "Approve", null),
    ALLOCATE("allocate", "Allocate", null),
    REQUEST_TRACKING("request-tracking", "Request tracking", null),
    MARK_PRINTED("mark-printed", "Mark printed", null),
    HOLD("hold", "Hold", "Why hold %s? (shown on the order)"),
    RELEASE("release", "Release", null),
    RESOLVE("resolve", "Back to review", "What was settled? (shown on the order) Stock and tracking are asked for afresh."),
    CANCEL("cancel", "Cancel", "Why cancel %s? Stock is released; this cannot be undone.");

    private final String path;
    private final String label;
    private final String question;

    OrderAction(String path, String label, String question) {
        this.path = path;
        this.label = label;
        this.question = question;
    }

    /** What to ask before the action, about {@code what} ("this order"), or null when it asks nothing. */
    public String prompt(String what) {
        return question == null ? null : String.format(question, what);
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public static OrderAction fromPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No order action '" + path + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(OrderAction::path).toList())));
    }
}

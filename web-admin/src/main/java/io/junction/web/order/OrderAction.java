package io.junction.web.order;

import java.util.Arrays;
import java.util.NoSuchElementException;

/** The batch actions a clerk can take on selected orders, by their name in the URL. */
public enum OrderAction {
    AUDIT("audit", "Approve"),
    ALLOCATE("allocate", "Allocate"),
    REQUEST_TRACKING("request-tracking", "Request tracking"),
    MARK_PRINTED("mark-printed", "Mark printed"),
    HOLD("hold", "Hold"),
    RELEASE("release", "Release"),
    CANCEL("cancel", "Cancel");

    private final String path;
    private final String label;

    OrderAction(String path, String label) {
        this.path = path;
        this.label = label;
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

package io.junction.web.order;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The batch actions a clerk can take on selected orders, by their name in the URL. Their names and
 * questions are messages: {@code order.action.<path>}, and {@code order.action.<path>.prompt.one} /
 * {@code .prompt.many} for those that ask why.
 */
public enum OrderAction {
    AUDIT("audit", false),
    ALLOCATE("allocate", false),
    REQUEST_TRACKING("request-tracking", false),
    MARK_PRINTED("mark-printed", false),
    HOLD("hold", true),
    RELEASE("release", false),
    RESOLVE("resolve", true),
    CANCEL("cancel", true),
    /** Ships printed orders whose packages all have tracking numbers, without a scan (勾选发货). */
    SHIP("ship", false),
    /**
     * Ships orders past the buyer's open refund request, settled with the buyer ({@code reason} required, kept in the
     * history); pages show its consequences ({@code /force-ship/preview}) before it runs.
     */
    FORCE_SHIP("force-ship", true),
    /** Gives the orders a logistics method ({@code logisticsMethodId}); allocated ones are re-allocated with it. */
    SET_LOGISTICS_METHOD("set-logistics-method", false),
    /** Adds {@code tags}; on a page the answer to its question, separated by commas. */
    ADD_TAGS("add-tags", true),
    /** Removes {@code tags}. */
    REMOVE_TAGS("remove-tags", true),
    /** Sets {@code priority} (0–9, higher first). */
    SET_PRIORITY("set-priority", true),
    /** Sets the seller note ({@code note}); a blank one clears it. */
    SET_SELLER_NOTE("set-seller-note", true);

    /** The workbench's own marks, offered on every tab. */
    static final List<OrderAction> MARKS = List.of(ADD_TAGS, REMOVE_TAGS, SET_PRIORITY, SET_SELLER_NOTE);

    /** The actions that move orders through the flow, offered on every tab where they apply. */
    static final OrderAction[] FLOW = {
        AUDIT, ALLOCATE, REQUEST_TRACKING, MARK_PRINTED, SHIP, HOLD, RELEASE, RESOLVE, FORCE_SHIP, CANCEL
    };

    private final String path;
    private final boolean asks;

    OrderAction(String path, boolean asks) {
        this.path = path;
        this.asks = asks;
    }

    /** Whether the action asks why before it runs (the answer is kept on the order). */
    public boolean asks() {
        return asks;
    }

    /** The message key of the question about one order ({@code one}) or the selected ones ({@code many}). */
    public String promptKey(String which) {
        return labelKey() + ".prompt." + which;
    }

    public String path() {
        return path;
    }

    /** The message key of the action's name, e.g. {@code order.action.audit}. */
    public String labelKey() {
        return "order.action." + path;
    }

    public static OrderAction fromPath(String path) {
        return Arrays.stream(values())
                .filter(a -> a.path.equals(path))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No order action '" + path + "'; known: "
                        + String.join(
                                ", ",
                                Arrays.stream(values()).map(OrderAction::path).toList())));
    }
}

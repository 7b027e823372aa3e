package io.junction.rules;

import io.junction.logistics.FreightQuoteService;
import io.junction.logistics.MethodQuote;
import io.junction.order.Order;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The rule action "cheapest method that meets the ship-by": asks the candidate methods' carriers for their
 * freight ({@link FreightQuoteService}, remote, never inside a transaction) and picks the lowest price among
 * the methods that meet the ship-by. A method meets the ship-by when it can be handed to its carrier before
 * the order's ship-by: now plus the method's {@code handoverHours} (none set: now) is not after it. An order
 * without a ship-by is met by every method. Orders carry no delivery promise, so transit days only break ties.
 */
@Component
public class CheapestMethodChooser {

    private final FreightQuoteService quotes;

    public CheapestMethodChooser(FreightQuoteService quotes) {
        this.quotes = quotes;
    }

    /**
     * What was chosen, or why nothing was.
     *
     * @param chosen the cheapest method that qualifies, or null
     * @param considered every candidate's quote, cheapest first
     * @param why when nothing was chosen, each candidate's reason, for the order's history
     */
    public record Choice(MethodQuote chosen, List<MethodQuote> considered, String why) {}

    /** Picks among the action's candidates for this order, as of {@code now}. */
    public Choice choose(Order order, RuleActions.CheapestMethod action, Instant now) {
        List<MethodQuote> all = quotes.quotes(order, action.candidates());
        if (all.isEmpty()) {
            return new Choice(null, all, "no candidate method is enabled with a carrier that quotes freight");
        }
        List<MethodQuote> eligible = new ArrayList<>();
        List<String> passedOver = new ArrayList<>();
        for (MethodQuote q : all) {
            if (!q.quoted()) {
                passedOver.add(label(q) + ": " + q.reason());
            } else if (action.meetsShipByRequired() && !meetsShipBy(q, order.shipBy(), now)) {
                passedOver.add(label(q) + ": cannot be handed over before the ship-by"
                        + (q.handoverHours() == null ? "" : " (needs " + q.handoverHours() + " h)"));
            } else {
                eligible.add(q);
            }
        }
        if (eligible.isEmpty()) {
            return new Choice(null, all, String.join("; ", passedOver));
        }
        List<String> currencies =
                eligible.stream().map(MethodQuote::currency).distinct().sorted().collect(Collectors.toList());
        if (currencies.size() > 1) {
            return new Choice(
                    null,
                    all,
                    "prices in different currencies (" + String.join(", ", currencies) + ") cannot be compared");
        }
        return new Choice(eligible.get(0), all, null);
    }

    /** True when the method can be handed to its carrier by the ship-by (an order without one is always met). */
    static boolean meetsShipBy(MethodQuote q, Instant shipBy, Instant now) {
        if (shipBy == null) {
            return true;
        }
        Duration lead = q.handoverHours() == null ? Duration.ZERO : Duration.ofHours(q.handoverHours());
        return !now.plus(lead).isAfter(shipBy);
    }

    /** How the history names a method: "name (code)". */
    static String label(MethodQuote q) {
        return q.methodName() + " (" + q.methodCode() + ")";
    }
}

package io.junction.web.order;

import io.junction.logistics.MethodQuote;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What each enabled logistics method would cost for an order, as its carrier quotes it. Quotes book nothing
 * and cost nothing; a carrier's prices for the same parcel are reused for a few minutes.
 */
@RestController
public class FreightQuoteApiController {

    private final OrderFreightQuotes quotes;

    public FreightQuoteApiController(OrderFreightQuotes quotes) {
        this.quotes = quotes;
    }

    @Operation(
            summary = "Freight quotes for an order: each enabled method whose carrier quotes, cheapest first",
            description = "Per method: methodId, methodCode, methodName, carrier, handoverHours, and either amount,"
                    + " currency, transitDaysMin and transitDaysMax, or reasonCode and reason (the carrier's own words"
                    + " where it gave some; NO_WEIGHT when the order's lines have no SKU weight, NO_ANSWER when the"
                    + " carrier did not answer in time). Amounts are compared within one currency. Weight: the"
                    + " order's SKU weights; destination: its ship-to country and postcode; value: its total.")
    @GetMapping("/api/v1/orders/{id}/freight-quotes")
    public List<MethodQuote> quotes(@PathVariable long id) {
        return quotes.of(id);
    }
}

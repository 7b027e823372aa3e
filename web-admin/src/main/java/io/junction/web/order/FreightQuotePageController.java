package io.junction.web.order;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The order page's freight quotes, a fragment the page loads after it has shown (carriers take a moment to
 * answer, and the page should not wait for them).
 */
@Controller
public class FreightQuotePageController {

    private final OrderFreightQuotes quotes;

    public FreightQuotePageController(OrderFreightQuotes quotes) {
        this.quotes = quotes;
    }

    @GetMapping("/orders/{id}/freight-quotes")
    public String quotes(@PathVariable long id, Model model) {
        model.addAttribute("orderId", id);
        model.addAttribute("quotes", quotes.of(id));
        return "orders/freight-quotes :: quotes";
    }
}

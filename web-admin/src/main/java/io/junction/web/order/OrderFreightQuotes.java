package io.junction.web.order;

import io.junction.logistics.FreightQuoteService;
import io.junction.logistics.MethodQuote;
import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.shop.ShopScope;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/** The quotes of an order in the reader's shops; the API and the order page share it. */
@Component
public class OrderFreightQuotes {

    private final OrderMapper orders;
    private final ShopScope scope;
    private final FreightQuoteService service;

    public OrderFreightQuotes(OrderMapper orders, ShopScope scope, FreightQuoteService service) {
        this.orders = orders;
        this.scope = scope;
        this.service = service;
    }

    /** Cheapest first; an order outside the reader's shops does not exist for them. */
    public List<MethodQuote> of(long orderId) {
        Order order = orders.findById(orderId);
        if (order == null || !scope.includes(order.shopId())) {
            throw new NoSuchElementException("No order " + orderId);
        }
        return service.quotes(order);
    }
}

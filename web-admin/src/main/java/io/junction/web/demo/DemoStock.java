package io.junction.web.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's stock: one product ({@link #SCARCE}) starts with only a few units, so that it runs out as soon
 * as the first orders are reviewed and the To-allocate tab's out-of-stock sub-tab fills; a receipt on the
 * receiving page brings the lamps, and (automatic allocation being on in the demo) the waiting orders move on.
 *
 * @param scarceStock the scarce product's opening stock ({@code junction.demo.scarce-stock}, 3; 0 stocks it
 *     like the others)
 * @param autoAllocate whether the demo turns automatic allocation on at its first start
 *     ({@code junction.demo.auto-allocate}, true)
 */
@Component
@ConditionalOnProperty(name = "junction.demo.enabled", havingValue = "true")
public record DemoStock(
        @Value("${junction.demo.scarce-stock:3}") int scarceStock,
        @Value("${junction.demo.auto-allocate:true}") boolean autoAllocate) {

    /** The product that runs out. */
    static final String SCARCE = "JN-LAMP-004";

    /** How many units of {@code sku} the demo starts with. */
    int openingStock(String sku, int perSku) {
        return SCARCE.equals(sku) && scarceStock > 0 ? scarceStock : perSku;
    }
}

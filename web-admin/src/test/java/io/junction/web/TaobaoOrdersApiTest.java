package io.junction.web;

import io.junction.connectors.taobao.simulator.TaobaoSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The given of API tests whose orders come from Taobao: as {@link SignedInApiTest}, with this test context's
 * Taobao simulator and {@link #shipping}, which places orders on it and takes them through every stage over the
 * API. A subclass's own {@code @BeforeEach} runs after this one.
 */
public abstract class TaobaoOrdersApiTest extends SignedInApiTest {

    @Autowired
    protected TaobaoSimulator taobao;

    protected ShippedOrders shipping;

    @BeforeEach
    void ordersFromTheDemoTaobaoShop() {
        shipping = new ShippedOrders(clerk, packer, taobao);
    }
}

package io.junction.web;

import io.junction.connectors.amazon.simulator.AmazonSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The given of API tests on the demo Amazon shop: as {@link SignedInApiTest}, with this test context's Amazon
 * simulator and the id of the demo shop reading it ({@link #shopId}). A subclass's own {@code @BeforeEach} runs
 * after this one.
 */
public abstract class DemoAmazonShopApiTest extends SignedInApiTest {

    @Autowired
    protected AmazonSimulator amazon;

    protected long shopId;

    @BeforeEach
    void theDemoAmazonShop() {
        shopId = clerk.demoAmazonShop(amazon.baseUrl());
    }
}

package io.junction.web.reliability;

import io.junction.connectors.amazon.AmazonConnector;
import io.junction.connectors.amazon.simulator.AmazonSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Amazon: its simulator has no search index to lag, so lateness is an order or a cancellation
 * that appears with a last-updated time up to 5 minutes in the past; no unpaid orders, no refunds.
 */
class AmazonReliabilityTest extends MarketplaceReliabilityTest {

    @Autowired
    AmazonSimulator amazon;

    @Override
    String platform() {
        return AmazonConnector.PLATFORM;
    }

    @Override
    List<String> placePaid(int count, Instant at) {
        return amazon.placeOrders(count, at);
    }

    @Override
    List<String> placeUnpaid(int count, Instant at) {
        return List.of();
    }

    @Override
    void pay(String orderId) {
        throw new UnsupportedOperationException("Amazon's simulated orders are placed paid");
    }

    @Override
    void cancel(String orderId) {
        amazon.cancelOrder(orderId);
    }

    @Override
    boolean takesRefunds() {
        return false;
    }

    @Override
    void requestRefund(String orderId) {
        throw new UnsupportedOperationException("no refunds on the Amazon simulator");
    }

    @Override
    boolean indexesLate(Duration lag) {
        return false;
    }

    @Override
    void rateLimitStorm() {
        amazon.rateLimited();
    }

    @Override
    void serverErrors(int status, int times) {
        amazon.failsNext(status, times);
    }

    @Override
    void dropConnections(int times) {
        amazon.dropsNextRequests(times);
    }

    @Override
    void allowOnly(int calls) {
        amazon.searchQuota(1, calls);
    }

    /** Amazon: one searchOrders call a page. */
    @Override
    int callsForAboutOnePage() {
        return 2;
    }

    @Override
    void restoreQuota() {
        amazon.searchQuota(5, 20);
    }

    @Override
    List<String> simulatorOrderIds() {
        return amazon.orderIds();
    }

    @Override
    String simulatorStatus(String orderId) {
        return amazon.fulfillmentStatus(orderId);
    }
}

package io.junction.web.reliability;

import io.junction.connectors.aliexpress.AliExpressConnector;
import io.junction.connectors.aliexpress.simulator.AliExpressSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

/** AliExpress: the list shows changes late (index lag), unpaid orders, payments, cancellations (IN_CANCEL), disputes (IN_ISSUE). */
class AliExpressReliabilityTest extends MarketplaceReliabilityTest {

    @Autowired
    AliExpressSimulator aliExpress;

    @Override
    String platform() {
        return AliExpressConnector.PLATFORM;
    }

    @Override
    List<String> placePaid(int count, Instant at) {
        return aliExpress.placeOrders(count, at);
    }

    @Override
    List<String> placeUnpaid(int count, Instant at) {
        return aliExpress.placeUnpaidOrders(count, at);
    }

    @Override
    void pay(String orderId) {
        aliExpress.pay(orderId);
    }

    @Override
    void cancel(String orderId) {
        aliExpress.cancel(orderId);
    }

    @Override
    boolean takesRefunds() {
        return true;
    }

    @Override
    void requestRefund(String orderId) {
        aliExpress.requestRefund(orderId);
    }

    @Override
    boolean indexesLate(Duration lag) {
        aliExpress.indexesLate(lag);
        return true;
    }

    @Override
    void rateLimitStorm() {
        aliExpress.rateLimited();
    }

    @Override
    void serverErrors(int status, int times) {
        aliExpress.failsNext(status, times);
    }

    @Override
    void dropConnections(int times) {
        aliExpress.dropsNextRequests(times);
    }

    @Override
    void allowOnly(int calls) {
        aliExpress.callQuota(1, calls);
    }

    /** AliExpress: a probe of page 1, the last page, and one detail call per order (50 a page). */
    @Override
    int callsForAboutOnePage() {
        return 60;
    }

    @Override
    void restoreQuota() {
        aliExpress.callQuota(100, 500);
    }

    @Override
    List<String> simulatorOrderIds() {
        return aliExpress.orderIds();
    }

    @Override
    String simulatorStatus(String orderId) {
        return aliExpress.orderStatus(orderId);
    }
}

package io.junction.web.reliability;

import io.junction.connectors.jd.JdConnector;
import io.junction.connectors.jd.simulator.JdSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

/** JD: enSearch shows changes late (index lag), unpaid orders, payments, cancellations, locks (refund asked). */
class JdReliabilityTest extends MarketplaceReliabilityTest {

    @Autowired
    JdSimulator jd;

    @Override
    String platform() {
        return JdConnector.PLATFORM;
    }

    @Override
    List<String> placePaid(int count, Instant at) {
        return jd.placeOrders(count, at);
    }

    @Override
    List<String> placeUnpaid(int count, Instant at) {
        return jd.placeUnpaidOrders(count, at);
    }

    @Override
    void pay(String orderId) {
        jd.pay(orderId);
    }

    @Override
    void cancel(String orderId) {
        jd.cancel(orderId);
    }

    @Override
    boolean takesRefunds() {
        return true;
    }

    @Override
    void requestRefund(String orderId) {
        jd.requestRefund(orderId);
    }

    @Override
    boolean indexesLate(Duration lag) {
        jd.indexesLate(lag);
        return true;
    }

    @Override
    void rateLimitStorm() {
        jd.rateLimited();
    }

    @Override
    void serverErrors(int status, int times) {
        jd.failsNext(status, times);
    }

    @Override
    void dropConnections(int times) {
        jd.dropsNextRequests(times);
    }

    @Override
    void allowOnly(int calls) {
        jd.callQuota(1, calls);
    }

    /** JD: one enSearch call a page. */
    @Override
    int callsForAboutOnePage() {
        return 2;
    }

    @Override
    void restoreQuota() {
        jd.callQuota(20, 50);
    }

    @Override
    List<String> simulatorOrderIds() {
        return jd.orderIds();
    }

    @Override
    String simulatorStatus(String orderId) {
        return jd.orderState(orderId);
    }
}

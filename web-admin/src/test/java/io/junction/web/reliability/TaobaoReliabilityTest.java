package io.junction.web.reliability;

import io.junction.connectors.taobao.TaobaoConnector;
import io.junction.connectors.taobao.simulator.TaobaoSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

/** Taobao: the increment list shows trades late (index lag), unpaid trades, payments, closings, line refunds. */
class TaobaoReliabilityTest extends MarketplaceReliabilityTest {

    @Autowired
    TaobaoSimulator taobao;

    @Override
    String platform() {
        return TaobaoConnector.PLATFORM;
    }

    @Override
    List<String> placePaid(int count, Instant at) {
        return taobao.placeOrders(count, at);
    }

    @Override
    List<String> placeUnpaid(int count, Instant at) {
        return taobao.placeUnpaidOrders(count, at);
    }

    @Override
    void pay(String orderId) {
        taobao.pay(orderId);
    }

    @Override
    void cancel(String orderId) {
        taobao.cancel(orderId);
    }

    @Override
    boolean takesRefunds() {
        return true;
    }

    @Override
    void requestRefund(String orderId) {
        taobao.requestRefund(orderId);
    }

    @Override
    boolean indexesLate(Duration lag) {
        taobao.indexesLate(lag);
        return true;
    }

    @Override
    void rateLimitStorm() {
        taobao.rateLimited();
    }

    @Override
    void serverErrors(int status, int times) {
        taobao.failsNext(status, times);
    }

    @Override
    void dropConnections(int times) {
        taobao.dropsNextRequests(times);
    }

    @Override
    void allowOnly(int calls) {
        taobao.callQuota(1, calls);
    }

    /** Taobao: a probe of page 1, the last page, and one fullinfo call per trade ready to ship (100 a page). */
    @Override
    int callsForAboutOnePage() {
        return 150;
    }

    /**
     * TOP's default rate, with a burst deep enough for a new shop's first sync: 7 days in 30-minute
     * sub-windows is 336 calls, which real time would spread over seconds but the standing clock does not.
     */
    @Override
    void restoreQuota() {
        taobao.callQuota(50, 1000);
    }

    @Override
    List<String> simulatorOrderIds() {
        return taobao.orderIds();
    }

    @Override
    String simulatorStatus(String orderId) {
        return taobao.status(orderId);
    }
}

package io.junction.connectors.jd;

import static io.junction.connectors.kit.CallFailureAssertions.assertUnavailable;
import static io.junction.connectors.kit.OrderPageAssertions.assertOnlyMalformed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.Address;
import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.connectors.jd.dto.JdCall;
import io.junction.connectors.jd.dto.JdResponse;
import io.junction.connectors.jd.dto.OrderLookup;
import io.junction.connectors.kit.ClasspathFixture;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JdTranslatorTest {

    private final JdTranslator translator = new JdTranslator(JdProperties.defaults());
    private final JsonMapper json = JsonMapper.builder().build();

    static String fixture(String name) {
        return ClasspathFixture.text(JdTranslatorTest.class, name);
    }

    static ShopAccess shop(String endpoint) {
        return new ShopAccess(
                7L,
                "JD",
                endpoint,
                null,
                Map.of("appKey", "APPKEY1", "appSecret", "s3cret", "accessToken", "TOKEN1"),
                List.of());
    }

    static ShipmentConfirmation confirmation(String orderId) {
        return new ShipmentConfirmation(
                orderId,
                null,
                4711L,
                "467",
                "京东物流",
                "Standard",
                "JDVA00012345678",
                Instant.parse("2026-03-03T06:30:00Z"),
                List.of(new ShipmentConfirmation.Item("100012043978", 2)),
                true);
    }

    private static OrderPage page(String fixture, SyncWindow window, JdTranslator translator) {
        return translator.orderPage(new JdResponse(200, fixture(fixture)), window, translator.position(window, null));
    }

    private static final SyncWindow HOUR =
            new SyncWindow(Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T09:58:00.250Z"));

    // enSearch

    @Test
    void theFirstSearchAsksForOneWindowByModifiedTimeInBeijingTimeWithTheLargestPage() {
        // when
        JdCall call = translator.orderSearchCall(translator.position(HOUR, null));

        // then
        assertThat(call.method()).isEqualTo("jingdong.pop.order.enSearch");
        assertThat(call.paramJson())
                .isEqualTo("{\"start_date\":\"2026-03-02 16:00:00\",\"end_date\":\"2026-03-02 17:58:01\","
                        + "\"order_state\":\"WAIT_PAY,WAIT_SELLER_STOCK_OUT,WAIT_SELLER_DELIVERY,WAIT_GOODS_RECEIVE_CONFIRM,"
                        + "FINISHED_L,TRADE_CANCELED,LOCKED,PAUSE,POP_ORDER_PAUSE\",\"optional_fields\":\""
                        + JdTranslator.SEARCH_FIELDS
                        + ",latestShipTime,promiseInfo,outBoundDate"
                        + "\",\"page\":\"1\",\"page_size\":\"100\",\"dateType\":0,\"sortType\":0}");
    }

    @Test
    void anOrderWithoutAPromisedTimeMustLeaveTheWarehouseWithinTheDefaultHoursAfterPayment() {
        // when
        OrderPage page = page("search-two-good-orders.json", HOUR, translator);

        // then
        assertThat(page.orders().get(0).shipBy()).isEqualTo(Instant.parse("2026-03-04T08:16:30Z"));
    }

    @Test
    void anOrdersPromisedStockOutTimeIsItsDeadlineInEveryVariantAsked() {
        // given
        String fixture = fixture("search-two-good-orders.json");
        String flat = fixture.replace(
                "\"paymentConfirmTime\":\"2026-03-02 16:16:30\",",
                "\"paymentConfirmTime\":\"2026-03-02 16:16:30\",\"latestShipTime\":\"2026-03-03 12:00:00\",");
        String nested = fixture.replace(
                "\"paymentConfirmTime\":\"2026-03-02 16:16:30\",",
                "\"paymentConfirmTime\":\"2026-03-02 16:16:30\",\"promiseInfo\":{\"latestShipTime\":1772524800000},");

        // when
        ChannelOrder fromFlat = translator
                .orderPage(new JdResponse(200, flat), HOUR, translator.position(HOUR, null))
                .orders()
                .get(0);
        ChannelOrder fromNested = translator
                .orderPage(new JdResponse(200, nested), HOUR, translator.position(HOUR, null))
                .orders()
                .get(0);

        // then
        assertThat(flat).isNotEqualTo(fixture);
        assertThat(fromFlat.shipBy()).isEqualTo(Instant.parse("2026-03-03T04:00:00Z"));
        assertThat(fromNested.shipBy()).isEqualTo(Instant.ofEpochMilli(1772524800000L));
    }

    @Test
    void anOrderPageIsTranslatedWithItsChineseAddressBuyerNoteMoneyAndLines() {
        // when
        OrderPage page = page("search-two-good-orders.json", HOUR, translator);

        // then
        assertThat(page.malformed()).isEmpty();
        assertThat(page.nextPageToken()).isNull();
        ChannelOrder first = page.orders().get(0);
        assertThat(first.platformOrderId()).isEqualTo("312345678901");
        assertThat(first.platformStatus()).isEqualTo("WAIT_SELLER_STOCK_OUT");
        assertThat(first.state()).isEqualTo(PlatformState.READY_TO_SHIP);
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(first.buyerName()).isEqualTo("张伟");
        assertThat(first.buyerNote()).isEqualTo("请尽快发货，谢谢！");
        assertThat(first.shipTo())
                .isEqualTo(new Address(
                        "张伟",
                        null,
                        "北京北京市朝阳区三里屯街道工人体育场北路8号院3号楼1单元702",
                        "朝阳区 三里屯街道",
                        "北京市",
                        "北京",
                        null,
                        "CN",
                        "138****5521"));
        assertThat(first.currency()).isEqualTo("CNY");
        assertThat(first.total()).isEqualByComparingTo("247.00");
        assertThat(first.lines())
                .containsExactly(
                        new ChannelOrder.Line(
                                "100012043978", "JN-MUG-001", "Junction 陶瓷马克杯 350ml 白色", 2, new BigDecimal("59.00")),
                        new ChannelOrder.Line(
                                "100020317642", "100020317642", "有机棉圆领T恤 藏青色 M码", 1, new BigDecimal("129.00")));
    }

    @Test
    void aLockedHongKongOrderWithNumericIdsAndNoPaymentFieldIsStillRead() {
        // when
        ChannelOrder second =
                page("search-two-good-orders.json", HOUR, translator).orders().get(1);

        // then
        assertThat(second.platformOrderId()).isEqualTo("312345678902");
        assertThat(second.state()).isEqualTo(PlatformState.REFUND_REQUESTED);
        assertThat(second.shipTo().countryCode()).isEqualTo("HK");
        assertThat(second.buyerNote()).isNull();
        assertThat(second.total()).isEqualByComparingTo("199.00");
        assertThat(second.lines())
                .singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(1));
    }

    @Test
    void malformedOrdersAreQuarantinedWithTheirReasonAndRawJsonWhileTheRestOfThePageIsRead() {
        // when
        OrderPage page = page("search-with-malformed-orders.json", HOUR, translator);

        // then
        assertThat(page.orders()).extracting(ChannelOrder::platformOrderId).containsExactly("300000000005");
        assertThat(page.malformed())
                .extracting(OrderPage.MalformedOrder::reason)
                .containsExactly(
                        "an item has no skuId",
                        "item 1: itemTotal -1 is not positive",
                        "unknown orderState 'ON_THE_MOON'",
                        "modified 'yesterday' is not yyyy-MM-dd HH:mm:ss");
        assertThat(page.malformed().get(0).platformOrderId()).isEqualTo("300000000001");
        assertThat(page.malformed().get(0).rawPayload())
                .contains("No skuId here")
                .startsWith("{");
    }

    @Test
    void aFullPageLeadsToTheNextPageOfTheSameSubWindowAndThenToTheEnd() {
        // given
        JdTranslator small = new JdTranslator(JdProperties.defaults().withPaging(Duration.ofDays(28), 1));
        JdTranslator.PagePosition first = small.position(HOUR, null);

        // when
        OrderPage page1 = small.orderPage(new JdResponse(200, fixture("search-two-good-orders.json")), HOUR, first);
        JdTranslator.PagePosition second = small.position(HOUR, page1.nextPageToken());
        OrderPage page2 = small.orderPage(new JdResponse(200, fixture("search-two-good-orders.json")), HOUR, second);

        // then
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.expectedTotal()).isEqualTo(2);
        assertThat(second.from()).isEqualTo(first.from());
        assertThat(page2.nextPageToken()).isNull();
    }

    @Test
    void aTotalThatMovedBetweenPagesRestartsTheSubWindowSoThatNoOrderIsSkipped() {
        // given
        JdTranslator.PagePosition expectingThree = new JdTranslator.PagePosition(
                Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T09:58:01Z"), 2, 3, 0);

        // when
        OrderPage page =
                translator.orderPage(new JdResponse(200, fixture("search-two-good-orders.json")), HOUR, expectingThree);
        JdTranslator.PagePosition next = translator.position(HOUR, page.nextPageToken());

        // then
        assertThat(next.page()).isEqualTo(1);
        assertThat(next.restarts()).isEqualTo(1);
    }

    @Test
    void aWindowLongerThanTheMaximumIsCutIntoSubWindowsThatShareNoSecond() {
        // given
        JdTranslator daily = new JdTranslator(JdProperties.defaults().withPaging(Duration.ofDays(1), 100));
        SyncWindow threeDays =
                new SyncWindow(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-03T12:00:00Z"));
        String empty = "{\"jingdong_pop_order_enSearch_responce\":{\"searchorderinfo_result\":"
                + "{\"apiResult\":{\"success\":true},\"orderTotal\":0,\"orderInfoList\":[]}}}";

        // when
        JdTranslator.PagePosition first = daily.position(threeDays, null);
        JdTranslator.PagePosition second = daily.position(
                threeDays,
                daily.orderPage(new JdResponse(200, empty), threeDays, first).nextPageToken());
        JdTranslator.PagePosition third = daily.position(
                threeDays,
                daily.orderPage(new JdResponse(200, empty), threeDays, second).nextPageToken());
        String afterThird =
                daily.orderPage(new JdResponse(200, empty), threeDays, third).nextPageToken();

        // then
        assertThat(first.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(first.to()).isEqualTo(Instant.parse("2026-03-01T23:59:59Z"));
        assertThat(second.from()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(second.to()).isEqualTo(Instant.parse("2026-03-02T23:59:59Z"));
        assertThat(third.from()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
        assertThat(third.to()).isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
        assertThat(afterThird).isNull();
    }

    @Test
    void aForeignPageTokenIsAnInvalidRequest() {
        // when / then
        assertThatThrownBy(() -> translator.position(HOUR, "not-a-token"))
                .isInstanceOfSatisfying(
                        ChannelException.class,
                        e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.INVALID_REQUEST));
    }

    @Test
    void aSearchJdRefusedCarriesJdsReasonAsAnInvalidRequest() {
        // when / then
        assertThatThrownBy(() -> page("search-window-too-long.json", HOUR, translator))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.INVALID_REQUEST);
                    assertThat(e.getMessage()).contains("cannot exceed one month", "查询时间跨度不能超过一个月");
                });
    }

    @Test
    void gatewayErrorsSayWhetherTheReadWasRefusedThrottledOrUnavailable() {
        // when / then
        assertThat(translator.readFailure(new JdResponse(200, fixture("error-invalid-access-token.json")), "m"))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED);
                    assertThat(e.getMessage()).isEqualTo("m answered error 19: Invalid access_token (无效access_token)");
                });
        assertThat(translator
                        .readFailure(new JdResponse(200, fixture("error-invalid-signature.json")), "m")
                        .kind())
                .isEqualTo(ChannelException.Kind.UNAUTHORIZED);
        assertThat(translator
                        .readFailure(new JdResponse(200, fixture("error-throttled.json")), "m")
                        .kind())
                .isEqualTo(ChannelException.Kind.THROTTLED);
        assertThat(translator.readFailure(new JdResponse(503, "<html/>"), "m").kind())
                .isEqualTo(ChannelException.Kind.UNAVAILABLE);
        assertUnavailable(() -> translator.orderPage(
                new JdResponse(200, "<html>Bad gateway</html>"), HOUR, translator.position(HOUR, null)));
    }

    // shipment

    @Test
    void theShipmentCallCarriesTheOrderTheNumericCarrierIdAndTheWaybill() {
        // when
        RemoteOutcome<JdCall> call = translator.shipmentCall(confirmation("312345678901"));

        // then
        assertThat(call).isInstanceOfSatisfying(RemoteOutcome.Succeeded.class, ok -> {
            JdCall jd = (JdCall) ok.value();
            assertThat(jd.method()).isEqualTo("jingdong.pop.order.shipment");
            assertThat(json.readTree(jd.paramJson())).isEqualTo(json.readTree(fixture("shipment-request.json")));
        });
    }

    @Test
    void aCarrierCodeThatIsNotJdsNumericIdIsRejectedBeforeAnythingIsSent() {
        // given
        ShipmentConfirmation named = new ShipmentConfirmation(
                "312345678901",
                null,
                1L,
                "SF",
                "顺丰速运",
                "Standard",
                "SF1234567890",
                Instant.parse("2026-03-03T06:30:00Z"),
                List.of(),
                true);

        // when
        RemoteOutcome<JdCall> call = translator.shipmentCall(named);

        // then
        assertThat(call).isInstanceOfSatisfying(RemoteOutcome.Rejected.class, rejected -> {
            assertThat(rejected.code()).isEqualTo("CARRIER_ID_NOT_NUMERIC");
            assertThat(rejected.message()).contains("numeric carrier id (logiCoprId)", "'SF'");
        });
    }

    @Test
    void aSplitShipmentIsRejectedBecauseJdShipsWholeOrders() {
        // given
        ShipmentConfirmation c = confirmation("312345678901");
        ShipmentConfirmation split = new ShipmentConfirmation(
                c.platformOrderId(), null, 2L, "467", null, null, "JDVA1", c.shipDate(), c.items(), false);

        // when / then
        assertThat(translator.shipmentCall(split))
                .isInstanceOfSatisfying(
                        RemoteOutcome.Rejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo("SPLIT_SHIPMENT_NOT_SUPPORTED"));
    }

    @Test
    void aShipmentAnswerWhoseSuccessIsTheStringTrueIsASuccess() {
        // when / then
        assertThat(translator.shipmentOutcome(new JdResponse(200, fixture("shipment-success.json"))))
                .isInstanceOf(RemoteOutcome.Succeeded.class);
    }

    @Test
    void aRefusedShipmentIsARejectionWithJdsReason() {
        // when
        RemoteOutcome<Void> outcome =
                translator.shipmentOutcome(new JdResponse(200, fixture("shipment-order-not-found.json")));

        // then
        assertThat(outcome).isEqualTo(RemoteOutcome.rejected("order does not exist", "order does not exist (订单不存在)"));
    }

    @Test
    void gatewayRefusalsOfAShipmentAreRejectionsAndThrottlingOrServerErrorsAreUnknown() {
        // when / then
        assertThat(translator.shipmentOutcome(new JdResponse(200, fixture("error-invalid-access-token.json"))))
                .isEqualTo(RemoteOutcome.rejected("19", "Invalid access_token (无效access_token)"));
        assertThat(translator.shipmentOutcome(new JdResponse(200, fixture("error-throttled.json"))))
                .isInstanceOf(RemoteOutcome.Unknown.class);
        assertThat(translator.shipmentOutcome(new JdResponse(502, "Bad Gateway")))
                .isInstanceOf(RemoteOutcome.Unknown.class);
    }

    @Test
    void stateNotSuitableForAnOrderShippedWithOurWaybillIsASuccess() {
        // given
        RemoteOutcome.Rejected<Void> refusal = (RemoteOutcome.Rejected<Void>)
                translator.shipmentOutcome(new JdResponse(200, fixture("shipment-state-not-suitable.json")));
        Optional<OrderLookup> lookup = translator.orderLookup(new JdResponse(200, fixture("get-shipped-order.json")));

        // when
        RemoteOutcome<Void> outcome = translator.afterStateNotSuitable(refusal, lookup, confirmation("312345678901"));

        // then
        assertThat(translator.saysStateNotSuitable(refusal)).isTrue();
        assertThat(lookup)
                .contains(new OrderLookup("312345678901", "WAIT_GOODS_RECEIVE_CONFIRM", "JDVA00012345678", "467"));
        assertThat(outcome).isInstanceOf(RemoteOutcome.Succeeded.class);
    }

    @Test
    void stateNotSuitableForAnOrderShippedWithAnotherWaybillIsARejectionNamingIt() {
        // given
        RemoteOutcome.Rejected<Void> refusal = (RemoteOutcome.Rejected<Void>)
                translator.shipmentOutcome(new JdResponse(200, fixture("shipment-state-not-suitable.json")));
        Optional<OrderLookup> other =
                Optional.of(new OrderLookup("312345678901", "WAIT_GOODS_RECEIVE_CONFIRM", "JDVB999", "467"));

        // when
        RemoteOutcome<Void> outcome = translator.afterStateNotSuitable(refusal, other, confirmation("312345678901"));

        // then
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Rejected.class,
                        rejected -> assertThat(rejected.message()).contains("already shipped", "JDVB999"));
    }

    // enGet: one order again

    @Test
    void anOrderIsReadAgainWithEnGetAskingForEveryFieldEnSearchReads() {
        // when
        JdCall call = translator.orderFetchCall("312345678901");

        // then
        assertThat(call.method()).isEqualTo("jingdong.pop.order.enGet");
        assertThat(call.paramJson())
                .isEqualTo(
                        "{\"order_id\":\"312345678901\",\"optional_fields\":\""
                                + "orderId,venderId,orderState,orderStartTime,modified,orderTotalPrice,orderPayment,freightPrice,"
                                + "orderRemark,paymentConfirmTime,consigneeInfo,itemInfoList,latestShipTime,promiseInfo,outBoundDate\"}");
    }

    @Test
    void anEnGetAnswerReadsAsTheSameOrderTheSearchPageHolds() {
        // when
        OrderPage page =
                translator.fetchedOrder(new JdResponse(200, fixture("get-order-to-ship.json")), "312345678901");

        // then
        assertThat(page.orders())
                .containsExactly(page("search-two-good-orders.json", HOUR, translator)
                        .orders()
                        .get(0));
        assertThat(page.malformed()).isEmpty();
        assertThat(page.nextPageToken()).isNull();
    }

    @Test
    void anEnGetAnswerWhoseOrderCannotBeReadIsMalformedWithItsRawPayload() {
        // given the first line lost its skuId
        String body = fixture("get-order-to-ship.json").replace("\"skuId\": \"100012043978\", ", "");

        // when
        OrderPage page = translator.fetchedOrder(new JdResponse(200, body), "312345678901");

        // then
        assertOnlyMalformed(page, "312345678901", "an item has no skuId")
                .startsWith("{\"orderId\":\"312345678901\"")
                .contains("JN-MUG-001");
    }

    @Test
    void anOrderJdDoesNotHaveIsAnEmptyPage() {
        // when
        OrderPage page =
                translator.fetchedOrder(new JdResponse(200, fixture("get-order-not-found.json")), "312345678999");

        // then
        assertThat(page.orders()).isEmpty();
        assertThat(page.malformed()).isEmpty();
    }

    @Test
    void aRefusedEnGetIsAReadFailureWithJdsCode() {
        // when / then
        assertThatThrownBy(() -> translator.fetchedOrder(
                        new JdResponse(200, fixture("error-invalid-access-token.json")), "312345678901"))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED);
                    assertThat(e.getMessage())
                            .startsWith("jingdong.pop.order.enGet answered error 19: Invalid access_token");
                });
    }
}

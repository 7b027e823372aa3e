package io.junction.connectors.taobao;

import static io.junction.connectors.kit.CallFailureAssertions.assertUnavailable;
import static io.junction.connectors.kit.OrderPageAssertions.assertOnlyMalformed;
import static org.assertj.core.api.Assertions.assertThat;

import io.junction.channel.Address;
import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.connectors.kit.ClasspathFixture;
import io.junction.connectors.kit.ShipByRule;
import io.junction.connectors.taobao.dto.TaobaoResponse;
import io.junction.connectors.taobao.dto.TradeList;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TaobaoTranslatorTest {

    /** The default ship-by rule's promised fields, asked for after ours. */
    private static final String SHIP_BY_FIELDS = ",consign_due_time,delivery_time,est_con_time";

    private final TaobaoTranslator translator = new TaobaoTranslator();

    static String fixture(String name) {
        return ClasspathFixture.text(TaobaoTranslatorTest.class, name);
    }

    static ShopAccess shop(String endpoint) {
        return new ShopAccess(
                7L,
                "TAOBAO",
                endpoint,
                null,
                Map.of("appKey", "12345678", "appSecret", "helloworld", "session", "test-session"),
                List.of());
    }

    static ShipmentConfirmation confirmation(String tid, boolean wholeOrder) {
        return new ShipmentConfirmation(
                tid,
                null,
                4711L,
                "YTO",
                "圆通速递",
                "standard",
                "YT2403012345678",
                Instant.parse("2026-03-03T06:30:00Z"),
                List.of(
                        new ShipmentConfirmation.Item("4812000000000000001", 2),
                        new ShipmentConfirmation.Item("4812000000000000002", 1)),
                wholeOrder);
    }

    private static TaobaoResponse ok(String body) {
        return new TaobaoResponse(200, body);
    }

    // taobao.trades.sold.increment.get

    @Test
    void aListPageAsksForOneWindowInGmtPlus8WithTheCountAndOurFields() {
        // when
        Map<String, String> parameters = translator.listParameters(
                Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-02T08:29:59Z"), 3, 100);

        // then
        assertThat(parameters)
                .containsExactly(
                        Map.entry("fields", TaobaoTranslator.LIST_FIELDS + SHIP_BY_FIELDS),
                        Map.entry("start_modified", "2026-03-02 16:00:00"),
                        Map.entry("end_modified", "2026-03-02 16:29:59"),
                        Map.entry("page_no", "3"),
                        Map.entry("page_size", "100"),
                        Map.entry("use_has_next", "false"));
        assertThat(TaobaoTranslator.LIST_FIELDS).contains("orders.refund_status", "orders.outer_sku_id", "modified");
    }

    @Test
    void aTradeWithoutAPromisedShipTimeMustShipWithinTheDefaultHoursAfterPayment() {
        // given
        TradeList list = translator.tradeList(ok(fixture("list-two-trades.json")));

        // when
        OrderPage page = translator.orderPage(list.trades(), null);

        // then
        assertThat(page.orders().get(0).shipBy()).isEqualTo(Instant.parse("2026-03-04T08:16:00Z"));
        assertThat(page.orders().get(1).shipBy()).as("not paid yet").isNull();
    }

    @Test
    void aTradesPromisedShipTimeIsItsDeadlineInEveryDocumentedVariant() {
        // given
        JsonNode trade = translator
                .tradeList(ok(fixture("list-two-trades.json")))
                .trades()
                .get(0);
        ObjectNode dueTime = ((ObjectNode) trade).deepCopy().put("consign_due_time", "2026-03-03 12:00:00");
        ObjectNode delivery = ((ObjectNode) trade).deepCopy().put("delivery_time", "2026-03-05 20:00:00");
        ObjectNode estimate = ((ObjectNode) trade).deepCopy().put("est_con_time", "付款后5天内");

        // when
        List<ChannelOrder> orders =
                translator.orderPage(List.of(dueTime, delivery, estimate), null).orders();

        // then
        assertThat(orders)
                .extracting(ChannelOrder::shipBy)
                .containsExactly(
                        Instant.parse("2026-03-03T04:00:00Z"),
                        Instant.parse("2026-03-05T12:00:00Z"),
                        Instant.parse("2026-03-07T08:16:00Z"));
    }

    @Test
    void theDefaultHoursAfterPaymentAreASetting() {
        // given
        TaobaoTranslator threeDays = new TaobaoTranslator(
                TaobaoProperties.defaults().withShipBy(new ShipByRule(List.of(), Duration.ofHours(72))));
        TradeList list = threeDays.tradeList(ok(fixture("list-two-trades.json")));

        // when
        OrderPage page = threeDays.orderPage(list.trades(), null);

        // then
        assertThat(page.orders().get(0).shipBy()).isEqualTo(Instant.parse("2026-03-05T08:16:00Z"));
    }

    @Test
    void aListAnswerIsTranslatedWithChineseAddressMoneyAndLines() {
        // given
        TradeList list = translator.tradeList(ok(fixture("list-two-trades.json")));

        // when
        OrderPage page = translator.orderPage(list.trades(), "next");

        // then
        assertThat(list.totalResults()).isEqualTo(2);
        assertThat(page.malformed()).isEmpty();
        assertThat(page.nextPageToken()).isEqualTo("next");
        ChannelOrder first = page.orders().get(0);
        assertThat(first.platformOrderId()).isEqualTo("3912000000000000001");
        assertThat(first.platformStatus()).isEqualTo("WAIT_SELLER_SEND_GOODS");
        assertThat(first.state()).isEqualTo(PlatformState.READY_TO_SHIP);
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(first.buyerName()).isEqualTo("小明爱购物");
        assertThat(first.shipTo())
                .isEqualTo(new Address("张伟", null, "文一西路969号", "余杭区", "杭州市", "浙江省", "311121", "CN", "13800138000"));
        assertThat(first.currency()).isEqualTo("CNY");
        assertThat(first.total()).isEqualByComparingTo("227.00");
        assertThat(first.buyerNote()).isNull();
        assertThat(first.lines())
                .containsExactly(
                        new ChannelOrder.Line(
                                "4812000000000000001",
                                "JN-MUG-001",
                                "Junction 陶瓷马克杯 350ml 白色",
                                2,
                                new BigDecimal("59.00")),
                        new ChannelOrder.Line(
                                "4812000000000000002", "JN-TEE-002", "有机棉短袖T恤 藏青色 M码", 1, new BigDecimal("89.00")));
        ChannelOrder second = page.orders().get(1);
        assertThat(second.state()).isEqualTo(PlatformState.UNPAID);
        assertThat(second.shipTo()).isNull();
        assertThat(second.lines()).extracting(ChannelOrder.Line::sku).containsExactly("JN-SOCK-005");
    }

    @Test
    void malformedTradesAreQuarantinedWithTheirReasonAndRawJsonWhileTheRestOfThePageIsRead() {
        // given
        TradeList list = translator.tradeList(ok(fixture("list-with-malformed-trades.json")));

        // when
        OrderPage page = translator.orderPage(list.trades(), null);

        // then
        assertThat(page.orders()).extracting(ChannelOrder::platformOrderId).containsExactly("3912000000000000015");
        assertThat(page.malformed())
                .extracting(OrderPage.MalformedOrder::platformOrderId)
                .containsExactly("3912000000000000011", "3912000000000000012", null, "3912000000000000014");
        assertThat(page.malformed())
                .extracting(OrderPage.MalformedOrder::reason)
                .containsExactly(
                        "line 4812000000000000011: missing outer_sku_id and outer_iid",
                        "modified '昨天' is not a yyyy-MM-dd HH:mm:ss time",
                        "missing tid",
                        "unknown status 'ON_THE_MOON'");
        assertThat(page.malformed().get(0).rawPayload()).startsWith("{").contains("No SKU here");
    }

    @Test
    void aListErrorFailsTheReadWithTopsCodesAndKind() {
        // when
        ChannelException throttled = Assertions.catchThrowableOfType(
                ChannelException.class, () -> translator.tradeList(ok(fixture("error-app-call-limited.json"))));
        ChannelException badSignature = Assertions.catchThrowableOfType(
                ChannelException.class, () -> translator.tradeList(ok(fixture("error-invalid-signature.json"))));

        // then
        assertThat(throttled.kind()).isEqualTo(ChannelException.Kind.THROTTLED);
        assertThat(throttled.getMessage())
                .isEqualTo("taobao.trades.sold.increment.get answered 7 App Call Limited"
                        + " / accesscontrol.limited-by-app-access-count: This ban will last for 41 more seconds"
                        + " [request_id 16abcde00007]");
        assertThat(badSignature.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED);
        assertThat(translator
                        .readFailure("m", ok("{\"error_response\":{\"code\":27,\"msg\":\"Invalid session\"}}"))
                        .kind())
                .isEqualTo(ChannelException.Kind.UNAUTHORIZED);
        assertThat(translator
                        .readFailure("m", ok("{\"error_response\":{\"code\":29,\"msg\":\"Invalid app Key\"}}"))
                        .kind())
                .isEqualTo(ChannelException.Kind.UNAUTHORIZED);
        assertThat(translator
                        .readFailure(
                                "m",
                                ok("{\"error_response\":{\"code\":15,\"msg\":\"Remote service error\","
                                        + "\"sub_code\":\"isv.invalid-parameter:page_size\"}}"))
                        .kind())
                .isEqualTo(ChannelException.Kind.INVALID_REQUEST);
        assertThat(translator
                        .readFailure(
                                "m",
                                ok("{\"error_response\":{\"code\":15,\"msg\":\"Remote service error\","
                                        + "\"sub_code\":\"isp.top-remote-connection-timeout\"}}"))
                        .kind())
                .isEqualTo(ChannelException.Kind.UNAVAILABLE);
        assertThat(translator
                        .readFailure("m", new TaobaoResponse(502, "Bad Gateway"))
                        .kind())
                .isEqualTo(ChannelException.Kind.UNAVAILABLE);
    }

    @Test
    void anAnswerThatIsNotAListFailsTheWholeRead() {
        // when / then
        assertUnavailable(() -> translator.tradeList(ok("<html>oops</html>")));
        Assertions.assertThatThrownBy(() -> translator.tradeList(ok("{\"trades_sold_increment_get_response\":{}}")))
                .hasMessageContaining("total_results");
    }

    // taobao.trade.fullinfo.get

    @Test
    void onlyTradesToShipAreCompletedWithFullInfo() {
        // given
        List<JsonNode> trades =
                translator.tradeList(ok(fixture("list-two-trades.json"))).trades();
        Set<PlatformState> states = TaobaoProperties.defaults().fullInfoStates();

        // when / then
        assertThat(translator.needsFullInfo(trades.get(0), states)).isTrue();
        assertThat(translator.needsFullInfo(trades.get(1), states)).isFalse();
        assertThat(translator.fullInfoParameters("3912000000000000001"))
                .containsExactly(
                        Map.entry("fields", TaobaoTranslator.FULL_INFO_FIELDS + SHIP_BY_FIELDS),
                        Map.entry("tid", "3912000000000000001"));
        assertThat(TaobaoTranslator.FULL_INFO_FIELDS).contains("buyer_message", "receiver_country");
    }

    @Test
    void theFullInfoAddsTheBuyerNoteCountryTownAndPhone() {
        // given
        JsonNode listed = translator
                .tradeList(ok(fixture("list-two-trades.json")))
                .trades()
                .get(0);

        // when
        JsonNode merged = translator.withFullInfo(listed, ok(fixture("fullinfo-hong-kong-trade-with-note.json")));
        ChannelOrder order =
                translator.orderPage(List.of(merged), null).orders().get(0);

        // then
        assertThat(order.buyerNote()).isEqualTo("请尽快发货，谢谢！");
        assertThat(order.shipTo().countryCode()).isEqualTo("HK");
        assertThat(order.shipTo().line2()).isEqualTo("余杭区 中環");
        assertThat(order.lines()).hasSize(2);
    }

    @Test
    void aFullInfoErrorFailsTheRead() {
        // given
        JsonNode listed = translator
                .tradeList(ok(fixture("list-two-trades.json")))
                .trades()
                .get(0);

        // when / then
        Assertions.assertThatThrownBy(
                        () -> translator.withFullInfo(listed, ok(fixture("error-invalid-signature.json"))))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED);
                    assertThat(e.getMessage()).startsWith("taobao.trade.fullinfo.get answered 25 Invalid signature");
                });
    }

    // taobao.logistics.offline.send

    @Test
    void aWholeOrderConsignmentSendsTheTrackingNumberAndCarrierCode() {
        // when
        Map<String, String> parameters = translator.offlineSendParameters(confirmation("3912000000000000001", true));

        // then
        assertThat(parameters)
                .containsExactly(
                        Map.entry("tid", "3912000000000000001"),
                        Map.entry("out_sid", "YT2403012345678"),
                        Map.entry("company_code", "YTO"));
    }

    @Test
    void aSplitShipmentSendsIsSplitAndTheShippedLinesOids() {
        // when
        Map<String, String> parameters = translator.offlineSendParameters(confirmation("3912000000000000001", false));

        // then
        assertThat(parameters)
                .containsEntry("is_split", "1")
                .containsEntry("sub_tid", "4812000000000000001,4812000000000000002");
    }

    @Test
    void isSuccessTrueIsASuccess() {
        // when / then
        assertThat(translator.offlineSendOutcome(ok(fixture("offline-send-success.json"))))
                .isInstanceOf(RemoteOutcome.Succeeded.class);
    }

    @Test
    void alreadyConsignedIsASuccessBecauseTheBuyerSeesOneShipment() {
        // when / then
        assertThat(translator.offlineSendOutcome(ok(fixture("error-already-consigned.json"))))
                .isInstanceOf(RemoteOutcome.Succeeded.class);
    }

    @Test
    void anyOtherConsignmentErrorIsARejectionWithTopsSubCodeAndMessage() {
        // when
        RemoteOutcome<Void> outcome = translator.offlineSendOutcome(ok(fixture("error-invalid-sub-tid.json")));

        // then
        assertThat(outcome)
                .isEqualTo(RemoteOutcome.rejected(
                        "isv.invalid-parameter:sub_tid",
                        "15 Remote service error / isv.invalid-parameter:sub_tid: sub order 1 does not belong to trade"
                                + " 3912000000000000001 [request_id 16abcde00016]"));
    }

    @Test
    void throttlingOrAServerErrorThatOutlastedTheRetriesIsUnknownSoTheWriteBackRetriesLater() {
        // when / then
        assertThat(translator.offlineSendOutcome(ok(fixture("error-app-call-limited.json"))))
                .isInstanceOfSatisfying(
                        RemoteOutcome.Unknown.class,
                        u -> assertThat(u.cause()).contains("App Call Limited", "not confirmed yet"));
        assertThat(translator.offlineSendOutcome(new TaobaoResponse(503, "")))
                .isInstanceOf(RemoteOutcome.Unknown.class);
        assertThat(translator.offlineSendOutcome(
                        ok("{\"logistics_offline_send_response\":{\"shipping\":{\"is_success\":false}}}")))
                .isInstanceOf(RemoteOutcome.Rejected.class);
    }

    @Test
    void theSuccessWrapperIsTheMethodWithoutTaobaoWithUnderscores() {
        // when / then
        assertThat(TaobaoTranslator.wrapper("taobao.logistics.offline.send"))
                .isEqualTo("logistics_offline_send_response");
        assertThat(TaobaoTranslator.wrapper("taobao.trades.sold.increment.get"))
                .isEqualTo("trades_sold_increment_get_response");
    }

    // one trade again: taobao.trade.fullinfo.get alone

    @Test
    void aTradeReadAgainFromItsFullInfoIsTheListedTradeCompletedWithItsFullInfo() {
        // given
        JsonNode listed = translator
                .tradeList(ok(fixture("list-two-trades.json")))
                .trades()
                .get(0);
        ChannelOrder fromTheList = translator
                .orderPage(
                        List.of(translator.withFullInfo(
                                listed, ok(fixture("fullinfo-hong-kong-trade-with-note.json")))),
                        null)
                .orders()
                .get(0);

        // when
        OrderPage page = translator.fetchedTrade(ok(fixture("fullinfo-complete-hong-kong-trade.json")));

        // then
        assertThat(page.orders()).containsExactly(fromTheList);
        assertThat(page.malformed()).isEmpty();
        assertThat(page.nextPageToken()).isNull();
    }

    @Test
    void aTradeReadAgainThatCannotBeReadIsMalformedWithItsRawPayload() {
        // given the first line lost its quantity
        String body =
                fixture("fullinfo-complete-hong-kong-trade.json").replaceFirst("\"num\": ?\\d+", "\"num\": \"two\"");

        // when
        OrderPage page = translator.fetchedTrade(ok(body));

        // then
        assertOnlyMalformed(page, "3912000000000000001", "line 4812000000000000001: num is not a positive integer")
                .startsWith("{\"tid\":3912000000000000001")
                .contains("\"two\"");
    }

    @Test
    void aTradeTopDoesNotHaveIsAnEmptyPage() {
        // when
        OrderPage page = translator.fetchedTrade(ok(fixture("fullinfo-trade-not-exist.json")));

        // then
        assertThat(page.orders()).isEmpty();
        assertThat(page.malformed()).isEmpty();
    }

    @Test
    void aTradeReadAgainThatTopRefusesIsAReadFailureWithItsKind() {
        // when / then
        Assertions.assertThatThrownBy(() -> translator.fetchedTrade(ok(fixture("error-app-call-limited.json"))))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.THROTTLED);
                    assertThat(e.getMessage()).startsWith("taobao.trade.fullinfo.get answered 7 App Call Limited");
                });
    }
}

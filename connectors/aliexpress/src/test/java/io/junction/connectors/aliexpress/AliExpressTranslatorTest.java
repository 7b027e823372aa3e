package io.junction.connectors.aliexpress;

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
import io.junction.channel.TrackingChange;
import io.junction.connectors.aliexpress.dto.AliExpressResponse;
import io.junction.connectors.aliexpress.dto.OrderQuery;
import io.junction.connectors.kit.ClasspathFixture;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AliExpressTranslatorTest {

    private static final Instant FETCHED_AT = Instant.parse("2026-07-01T17:00:00Z");

    private final AliExpressTranslator translator = new AliExpressTranslator(AliExpressProperties.defaults());

    static String fixture(String name) {
        return ClasspathFixture.text(AliExpressTranslatorTest.class, name);
    }

    static AliExpressResponse answer(String fixture) {
        return new AliExpressResponse(200, fixture(fixture));
    }

    static ShopAccess shop(String gateway) {
        return new ShopAccess(
                7L,
                "ALIEXPRESS",
                gateway,
                null,
                Map.of("appKey", "12345678", "appSecret", "helloworld", "accessToken", "token-abc"),
                List.of());
    }

    static ShipmentConfirmation confirmation(String orderId, boolean wholeOrder) {
        return new ShipmentConfirmation(
                orderId,
                null,
                4711L,
                "CAINIAO_STANDARD",
                "Cainiao",
                "AliExpress Standard Shipping",
                "LP00123456789012",
                Instant.parse("2026-07-02T06:30:00Z"),
                List.of(new ShipmentConfirmation.Item("8100000000000001", 2)),
                wholeOrder);
    }

    static TrackingChange trackingChange(Instant firstDeclaredAt, int changesSoFar) {
        return new TrackingChange(
                "8012345678901234",
                4711L,
                "CAINIAO_STANDARD",
                "LP00123456789012",
                "YANWEN_JYT",
                "UG123456789CN",
                true,
                firstDeclaredAt,
                changesSoFar);
    }

    private OrderPage twoOrderPage() {
        AliExpressTranslator.OrderList list = translator.orderList(answer("order-list-two-orders.json"));
        return translator.orderPage(
                list.orders(),
                Map.of(
                        "8012345678901234", answer("order-info-8012345678901234.json"),
                        "8012345678905678", answer("order-info-8012345678905678.json")),
                FETCHED_AT,
                "next");
    }

    // windows in US Pacific time

    @Test
    void aSummerWindowIsSentAsPacificDaylightWallTime() {
        // given
        var slice = new AliExpressTranslator.Slice(
                Instant.parse("2026-07-01T16:00:00Z"), Instant.parse("2026-07-01T17:00:00Z"));

        // when
        OrderQuery query = translator.orderQuery(slice, 3);

        // then
        assertThat(query).isEqualTo(new OrderQuery("2026-07-01 09:00:00", "2026-07-01 10:00:00", 50, 3));
    }

    @Test
    void aWinterWindowIsSentAsPacificStandardWallTime() {
        // given
        var slice = new AliExpressTranslator.Slice(
                Instant.parse("2026-01-15T16:00:00Z"), Instant.parse("2026-01-15T16:59:59Z"));

        // when
        OrderQuery query = translator.orderQuery(slice, 1);

        // then
        assertThat(query.modifiedDateStart()).isEqualTo("2026-01-15 08:00:00");
        assertThat(query.modifiedDateEnd()).isEqualTo("2026-01-15 08:59:59");
    }

    @Test
    void aWindowAcrossTheAutumnChangeCoversTheWholeRepeatedHour() {
        // given: 01:30 daylight time to 01:30 standard time, the same wall-clock reading
        var slice = new AliExpressTranslator.Slice(
                Instant.parse("2026-11-01T08:30:00Z"), Instant.parse("2026-11-01T09:30:00Z"));

        // when
        OrderQuery query = translator.orderQuery(slice, 1);

        // then
        assertThat(query.modifiedDateStart()).isEqualTo("2026-11-01 01:00:00");
        assertThat(query.modifiedDateEnd()).isEqualTo("2026-11-01 01:59:59");
    }

    @Test
    void aWindowAcrossTheSpringChangeSkipsTheMissingHour() {
        // given
        var slice = new AliExpressTranslator.Slice(
                Instant.parse("2026-03-08T09:30:00Z"), Instant.parse("2026-03-08T10:30:00Z"));

        // when
        OrderQuery query = translator.orderQuery(slice, 1);

        // then
        assertThat(query.modifiedDateStart()).isEqualTo("2026-03-08 01:30:00");
        assertThat(query.modifiedDateEnd()).isEqualTo("2026-03-08 03:30:00");
    }

    @Test
    void aLongWindowIsCutIntoSlicesAnHourShorterThanThePlatformMaximumThatNeitherOverlapNorLeaveGaps() {
        // given
        SyncWindow window =
                new SyncWindow(Instant.parse("2026-07-01T00:00:00.400Z"), Instant.parse("2026-07-03T12:00:00.900Z"));

        // when
        var first = translator.slice(window, window.from());
        var second = translator.slice(
                window, translator.nextSliceStart(window, first).orElseThrow());
        var third = translator.slice(
                window, translator.nextSliceStart(window, second).orElseThrow());

        // then
        assertThat(first)
                .isEqualTo(new AliExpressTranslator.Slice(
                        Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-07-01T22:59:59Z")));
        assertThat(second)
                .isEqualTo(new AliExpressTranslator.Slice(
                        Instant.parse("2026-07-01T23:00:00Z"), Instant.parse("2026-07-02T21:59:59Z")));
        assertThat(third)
                .isEqualTo(new AliExpressTranslator.Slice(
                        Instant.parse("2026-07-02T22:00:00Z"), Instant.parse("2026-07-03T12:00:00Z")));
        assertThat(translator.nextSliceStart(window, third)).isEmpty();
    }

    @Test
    void theListAndDetailParametersAreTheirJsonObjects() {
        // when
        String param0 = translator.param0(new OrderQuery("2026-07-01 09:00:00", "2026-07-01 10:00:00", 50, 2));
        String param1 = translator.param1("8012345678901234");

        // then
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(param0))
                .isEqualTo(json.readTree("{\"modified_date_start\":\"2026-07-01 09:00:00\","
                        + "\"modified_date_end\":\"2026-07-01 10:00:00\",\"page_size\":50,\"current_page\":2}"));
        assertThat(param1).isEqualTo("{\"order_id\":\"8012345678901234\"}");
    }

    // aliexpress.solution.order.get + order.info.get

    @Test
    void aListedOrderCompletedWithItsDetailHasAddressLinesNoteMoneyAndShipBy() {
        // when
        OrderPage page = twoOrderPage();

        // then
        assertThat(page.malformed()).isEmpty();
        assertThat(page.nextPageToken()).isEqualTo("next");
        ChannelOrder first = page.orders().get(0);
        assertThat(first.platformOrderId()).isEqualTo("8012345678901234");
        assertThat(first.platformStatus()).isEqualTo("WAIT_SELLER_SEND_GOODS");
        assertThat(first.state()).isEqualTo(PlatformState.READY_TO_SHIP);
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2026-07-01T16:15:00Z"));
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2026-07-01T16:20:30Z"));
        assertThat(first.buyerName()).isEqualTo("陈美玲");
        assertThat(first.shipTo())
                .isEqualTo(new Address("陈美玲", null, "忠孝東路四段100號", "5樓之2", "大安區", "臺北市", "106", "TW", "+886 912345678"));
        assertThat(first.currency()).isEqualTo("USD");
        assertThat(first.total()).isEqualByComparingTo("16.39");
        assertThat(first.shipBy())
                .isEqualTo(FETCHED_AT.plus(Duration.ofDays(4).plusHours(23).plusMinutes(10)));
        assertThat(first.buyerNote()).isEqualTo("请不要放发票，这是礼物。");
        assertThat(first.lines())
                .containsExactly(
                        new ChannelOrder.Line(
                                "8100000000000001",
                                "JN-MUG-001",
                                "Junction ceramic mug, 350 ml, white",
                                2,
                                new BigDecimal("6.99")),
                        new ChannelOrder.Line(
                                "8100000000000002",
                                "JN-CASE-006",
                                "Phone case, transparent, shockproof",
                                1,
                                new BigDecimal("2.41")));
    }

    @Test
    void anOrderWhoseFundsAreStillCheckedIsUnpaidWithoutAShipByDeadline() {
        // when
        ChannelOrder second = twoOrderPage().orders().get(1);

        // then
        assertThat(second.platformOrderId()).isEqualTo("8012345678905678");
        assertThat(second.platformStatus()).isEqualTo("WAIT_SELLER_SEND_GOODS");
        assertThat(second.state()).isEqualTo(PlatformState.UNPAID);
        assertThat(second.shipBy()).isNull();
        assertThat(second.total()).isEqualByComparingTo("9.90");
        assertThat(second.buyerName()).isEqualTo("Иван Петров");
        assertThat(second.shipTo().phone()).isEqualTo("+7 4951234567");
        assertThat(second.buyerNote()).isNull();
    }

    @Test
    void malformedOrdersAreQuarantinedWithTheirReasonAndRawJsonWhileTheRestOfThePageIsRead() {
        // given
        AliExpressTranslator.OrderList list = translator.orderList(answer("order-list-with-malformed-orders.json"));
        Map<String, AliExpressResponse> details = Map.of(
                "8000000000000001", answer("order-info-missing-sku-code.json"),
                "8000000000000002", answer("order-info-8012345678905678.json"),
                "8000000000000004", answer("order-info-8012345678905678.json"));

        // when
        OrderPage page = translator.orderPage(list.orders(), details, FETCHED_AT, null);

        // then
        assertThat(page.orders()).extracting(ChannelOrder::platformOrderId).containsExactly("8000000000000004");
        assertThat(page.malformed())
                .extracting(OrderPage.MalformedOrder::platformOrderId)
                .containsExactly("8000000000000001", "8000000000000002", null);
        assertThat(page.malformed())
                .extracting(OrderPage.MalformedOrder::reason)
                .containsExactly(
                        "child order 8100000000000011: missing sku_code",
                        "unknown order_status 'ON_THE_MOON'",
                        "missing order_id");
        assertThat(page.malformed().get(0).rawPayload()).contains("\"No SKU here\"", "\"list\"", "\"detail\"");
        assertThat(page.malformed().get(2).rawPayload()).startsWith("{").contains("WAIT_SELLER_SEND_GOODS");
    }

    @Test
    void anOrderWhoseDetailTheGatewayRefusesIsQuarantinedWithThePlatformsReason() {
        // given
        AliExpressTranslator.OrderList list = translator.orderList(answer("order-list-with-malformed-orders.json"));

        // when
        OrderPage page = translator.orderPage(
                list.orders().subList(3, 4),
                Map.of("8000000000000004", answer("order-info-not-found.json")),
                FETCHED_AT,
                null);

        // then
        assertThat(page.orders()).isEmpty();
        assertThat(page.malformed())
                .singleElement()
                .satisfies(m -> assertThat(m.reason())
                        .startsWith(
                                "order.info.get failed: ORDER_NOT_FOUND The order 8000000000000004 does not exist"));
    }

    @Test
    void theListCarriesItsCountsAndAnEmptyResultHasNoTargetList() {
        // when
        var list = translator.orderList(answer("order-list-two-orders.json"));
        var empty = translator.orderList(
                new AliExpressResponse(
                        200,
                        "{\"aliexpress_solution_order_get_response\":"
                                + "{\"result\":{\"success\":true,\"total_count\":0,\"total_page\":0,\"current_page\":1,\"page_size\":50}}}"));

        // then
        assertThat(list.totalCount()).isEqualTo(2);
        assertThat(list.totalPage()).isEqualTo(1);
        assertThat(list.orders()).hasSize(2);
        assertThat(empty.totalCount()).isZero();
        assertThat(empty.orders()).isEmpty();
    }

    @Test
    void aGatewayErrorFailsTheReadWithItsKindCodeAndRequestId() {
        // when / then
        assertThatThrownBy(() -> translator.orderList(answer("error-throttled.json")))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.THROTTLED);
                    assertThat(e.getMessage())
                            .isEqualTo("aliexpress.solution.order.get answered 200 7: App Call Limited"
                                    + " (accesscontrol.limited-by-app-access-count: This ban will last for 41 more seconds)"
                                    + " [request_id 0ba2887315178178017221018]");
                });
        assertThat(translator
                        .readFailure("m", answer("error-incomplete-signature.json"))
                        .kind())
                .isEqualTo(ChannelException.Kind.UNAUTHORIZED);
        assertThat(translator
                        .readFailure("m", answer("error-invalid-page-size.json"))
                        .kind())
                .isEqualTo(ChannelException.Kind.INVALID_REQUEST);
        assertThat(translator
                        .readFailure("m", new AliExpressResponse(503, "Service Unavailable"))
                        .kind())
                .isEqualTo(ChannelException.Kind.UNAVAILABLE);
        assertUnavailable(() -> translator.orderList(new AliExpressResponse(200, "<html>gateway</html>")));
    }

    // aliexpress.solution.order.fulfill

    @Test
    void aWholeOrderIsDeclaredWithSendTypeAllAndTheCarrierAsServiceName() {
        // when
        Map<String, String> parameters = translator
                .fulfillRequest(confirmation("8012345678901234", true))
                .parameters();

        // then
        assertThat(parameters)
                .containsExactly(
                        Map.entry("service_name", "CAINIAO_STANDARD"),
                        Map.entry("out_ref", "8012345678901234"),
                        Map.entry("send_type", "all"),
                        Map.entry("logistics_no", "LP00123456789012"),
                        Map.entry("description", "Junction package 4711, AliExpress Standard Shipping"));
    }

    @Test
    void aSplitShipmentIsDeclaredAsPartAndAnOtherCarrierNamesItsTrackingWebsite() {
        // given
        ShipmentConfirmation other = new ShipmentConfirmation(
                "8012345678901234",
                null,
                12L,
                "OTHER",
                "https://track.example.com",
                null,
                "EX1",
                Instant.parse("2026-07-02T06:30:00Z"),
                List.of(),
                false);

        // when
        Map<String, String> split = translator
                .fulfillRequest(confirmation("8012345678901234", false))
                .parameters();
        Map<String, String> otherCarrier = translator.fulfillRequest(other).parameters();

        // then
        assertThat(split).containsEntry("send_type", "part");
        assertThat(otherCarrier)
                .containsEntry("service_name", "OTHER")
                .containsEntry("tracking_website", "https://track.example.com")
                .containsEntry("description", "Junction package 12");
    }

    @Test
    void resultSuccessIsASuccess() {
        // when / then
        assertThat(translator.fulfillOutcome(answer("fulfill-success.json")))
                .isInstanceOf(RemoteOutcome.Succeeded.class);
    }

    @Test
    void anAlreadyShippedAnswerIsASuccessBecauseTheBuyerSeesOneShipment() {
        // when / then
        assertThat(translator.fulfillOutcome(answer("fulfill-already-shipped.json")))
                .isInstanceOf(RemoteOutcome.Succeeded.class);
    }

    @Test
    void anyOtherFulfillFailureIsARejectionWithAliExpresssCodeAndReason() {
        // when
        RemoteOutcome<Void> outcome = translator.fulfillOutcome(answer("fulfill-status-not-support.json"));

        // then
        assertThat(outcome)
                .isEqualTo(
                        RemoteOutcome.rejected(
                                "ORDER_STATUS_NOT_SUPPORT",
                                "The order status IN_CANCEL (fund PAY_SUCCESS) does not allow shipment. [request_id 0ba2887315178178017221023]"));
    }

    @Test
    void aThrottledOrFailingGatewayLeavesTheDeclarationUnknownAndABadSignatureIsRejected() {
        // when
        RemoteOutcome<Void> throttled = translator.fulfillOutcome(answer("error-throttled.json"));
        RemoteOutcome<Void> failing = translator.fulfillOutcome(new AliExpressResponse(502, "Bad Gateway"));
        RemoteOutcome<Void> badSignature = translator.fulfillOutcome(answer("error-incomplete-signature.json"));

        // then
        assertThat(throttled)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Unknown.class,
                        u -> assertThat(u.cause()).contains("App Call Limited").endsWith("not confirmed yet"));
        assertThat(failing).isInstanceOf(RemoteOutcome.Unknown.class);
        assertThat(badSignature)
                .isInstanceOfSatisfying(
                        RemoteOutcome.Rejected.class, r -> assertThat(r.code()).isEqualTo("IncompleteSignature"));
    }

    // aliexpress.logistics.sellermodifiedshipmentfortop

    @Test
    void aTrackingEditNamesTheOldAndNewServiceAndNumber() {
        // when
        Map<String, String> parameters = translator
                .modifyRequest(trackingChange(Instant.parse("2026-07-02T06:30:00Z"), 0))
                .parameters();

        // then
        assertThat(parameters)
                .containsExactly(
                        Map.entry("old_service_name", "CAINIAO_STANDARD"),
                        Map.entry("old_logistics_no", "LP00123456789012"),
                        Map.entry("new_service_name", "YANWEN_JYT"),
                        Map.entry("new_logistics_no", "UG123456789CN"),
                        Map.entry("out_ref", "8012345678901234"),
                        Map.entry("send_type", "all"),
                        Map.entry("description", "Tracking number corrected by Junction"));
    }

    @Test
    void anAcceptedTrackingEditIsASuccessAndARefusedOneARejectionEvenIfItMentionsShipping() {
        // when
        RemoteOutcome<Void> accepted = translator.modifyOutcome(answer("modify-shipment-success.json"));
        RemoteOutcome<Void> refused = translator.modifyOutcome(answer("modify-shipment-times-exceeded.json"));

        // then
        assertThat(accepted).isInstanceOf(RemoteOutcome.Succeeded.class);
        assertThat(refused)
                .isEqualTo(RemoteOutcome.rejected(
                        "MODIFY_TIMES_EXCEEDED",
                        "The tracking number can be modified at most 2 times. [request_id 0ba2887315178178017221025]"));
    }

    @Test
    void aTrackingEditIsRefusedLocallyOnceTheEditsAreUsedUpOrThePeriodIsOver() {
        // given
        Instant declared = Instant.parse("2026-07-02T06:30:00Z");

        // when / then
        assertThat(translator.changeRefusal(trackingChange(declared, 1), declared.plus(Duration.ofDays(5))))
                .isEmpty();
        assertThat(translator.changeRefusal(trackingChange(declared, 2), declared.plus(Duration.ofHours(1))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("already modified 2 times", "allows 2"));
        assertThat(translator.changeRefusal(
                        trackingChange(declared, 0),
                        declared.plus(Duration.ofDays(5)).plusSeconds(1)))
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("allows edits for 5 days", "2026-07-07T06:30:00Z"));
    }

    // one order again: order.info.get alone

    @Test
    void anOrderReadAgainFromItsDetailAloneIsTheListedOrderWithoutAShipBy() {
        // when
        OrderPage page = translator.fetchedOrder(
                "8012345678901234", answer("order-info-full-8012345678901234.json"), FETCHED_AT);

        // then
        ChannelOrder listed = twoOrderPage().orders().get(0);
        assertThat(page.malformed()).isEmpty();
        assertThat(page.nextPageToken()).isNull();
        assertThat(page.orders()).singleElement().satisfies(order -> {
            assertThat(order)
                    .usingRecursiveComparison()
                    .ignoringFields("shipBy")
                    .isEqualTo(listed);
            assertThat(order.shipBy()).isNull();
        });
    }

    @Test
    void anOrderReadAgainWhoseDetailCannotBeReadIsMalformedWithTheDetailAsRawPayload() {
        // given the first child order lost its SKU
        AliExpressResponse detail = new AliExpressResponse(
                200, fixture("order-info-full-8012345678901234.json").replace("\"sku_code\":\"JN-MUG-001\",", ""));

        // when
        OrderPage page = translator.fetchedOrder("8012345678901234", detail, FETCHED_AT);

        // then
        assertOnlyMalformed(page, "8012345678901234", "child order 8100000000000001: missing sku_code")
                .startsWith("{\"order_id\":8012345678901234")
                .contains("receipt_address")
                .doesNotContain("JN-MUG-001");
    }

    // a child order's id: id and child_order_id (global_aeop_tp_child_order_dto), child_id (order_product_dto)

    private static final String FIRST_CHILD_ID = "\"id\":8100000000000001,";

    /** The full detail whose first child order carries {@code ids} (JSON members) in place of its id. */
    private OrderPage firstChildWith(String ids) {
        String detail = fixture("order-info-full-8012345678901234.json");
        assertThat(detail).contains(FIRST_CHILD_ID);
        return translator.fetchedOrder(
                "8012345678901234", new AliExpressResponse(200, detail.replace(FIRST_CHILD_ID, ids)), FETCHED_AT);
    }

    private static String firstLineId(OrderPage page) {
        assertThat(page.malformed()).isEmpty();
        return page.orders().get(0).lines().get(0).platformLineId();
    }

    @Test
    void aChildOrderWithOnlyItsIdIsALineOfThatId() {
        assertThat(firstLineId(firstChildWith("\"id\":8100000000000001,"))).isEqualTo("8100000000000001");
    }

    @Test
    void aChildOrderWithOnlyItsChildOrderIdIsALineOfThatId() {
        assertThat(firstLineId(firstChildWith("\"child_order_id\":8100000000000001,")))
                .isEqualTo("8100000000000001");
    }

    @Test
    void aChildOrderWithOnlyItsChildIdIsALineOfThatId() {
        assertThat(firstLineId(firstChildWith("\"child_id\":\"8100000000000001\",")))
                .isEqualTo("8100000000000001");
    }

    @Test
    void aChildOrderWhoseIdsAllAgreeIsALineOfThatIdWhetherSentAsNumbersOrStrings() {
        assertThat(
                        firstLineId(
                                firstChildWith(
                                        "\"id\":8100000000000001,\"child_order_id\":\"8100000000000001\",\"child_id\":8100000000000001,")))
                .isEqualTo("8100000000000001");
    }

    @Test
    void aChildOrderWhoseIdsDisagreeQuarantinesItsOrderNamingBoth() {
        // when
        OrderPage page = firstChildWith("\"id\":8100000000000001,\"child_order_id\":8100000000000009,");

        // then
        assertThat(page.orders()).isEmpty();
        assertThat(page.malformed())
                .singleElement()
                .extracting(OrderPage.MalformedOrder::reason)
                .isEqualTo("a child order's ids disagree: id 8100000000000001, child_order_id 8100000000000009");
    }

    @Test
    void aChildOrderWithNoIdAtAllQuarantinesItsOrder() {
        // when
        OrderPage page = firstChildWith("");

        // then
        assertThat(page.orders()).isEmpty();
        assertThat(page.malformed())
                .singleElement()
                .extracting(OrderPage.MalformedOrder::reason)
                .isEqualTo("a child order has no id (none of id, child_order_id, child_id)");
    }

    @Test
    void anOrderTheSellerDoesNotHaveIsAnEmptyPage() {
        // when
        OrderPage page = translator.fetchedOrder("8000000000000004", answer("order-info-not-found.json"), FETCHED_AT);

        // then
        assertThat(page.orders()).isEmpty();
        assertThat(page.malformed()).isEmpty();
    }

    @Test
    void anOrderReadAgainThatTheGatewayRefusesIsAReadFailureWithItsKind() {
        // when / then
        assertThatThrownBy(() -> translator.fetchedOrder(
                        "8012345678901234", answer("error-incomplete-signature.json"), FETCHED_AT))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.UNAUTHORIZED);
                    assertThat(e.getMessage())
                            .startsWith("aliexpress.solution.order.info.get answered 200")
                            .contains("IncompleteSignature");
                });
    }
}

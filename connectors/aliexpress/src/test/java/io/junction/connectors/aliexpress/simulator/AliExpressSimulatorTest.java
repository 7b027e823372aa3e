package io.junction.connectors.aliexpress.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.connectors.aliexpress.AliExpressClient;
import io.junction.connectors.kit.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's own rules, spoken to in raw HTTP as any IOP client would. */
class AliExpressSimulatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String LIST = "aliexpress.solution.order.get";
    private static final String FULFILL = "aliexpress.solution.order.fulfill";
    private static final String MODIFY = "aliexpress.logistics.sellermodifiedshipmentfortop";
    /** 00:00 to 02:00 Pacific standard time: 08:00 to 10:00 UTC, up to now. */
    private static final String TODAY = "{\"modified_date_start\":\"2026-03-02 00:00:00\","
            + "\"modified_date_end\":\"2026-03-02 02:00:00\",\"page_size\":50,\"current_page\":1}";

    private final MutableClock clock = new MutableClock(NOW);
    private final OkHttpClient http = new OkHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private AliExpressSimulator simulator;

    @BeforeEach
    void start() {
        simulator = new AliExpressSimulator(clock).start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    /** A signed call with the simulator's credentials, the secret optionally replaced. */
    private JsonNode call(String method, Map<String, String> business, String appSecret) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app_key", simulator.credentials().get("appKey"));
        params.put("method", method);
        params.put("session", simulator.credentials().get("accessToken"));
        params.put("timestamp", Long.toString(clock.millis()));
        params.put("sign_method", "sha256");
        params.put("format", "json");
        params.putAll(business);
        params.put("sign", AliExpressClient.sign(params, appSecret));
        FormBody.Builder form = new FormBody.Builder();
        params.forEach(form::add);
        try (Response response = http.newCall(new Request.Builder()
                        .url(simulator.gatewayUrl())
                        .post(form.build())
                        .build())
                .execute()) {
            return json.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode call(String method, Map<String, String> business) {
        return call(method, business, simulator.credentials().get("appSecret"));
    }

    private Map<String, String> fulfil(String orderId, String logisticsNo) {
        return Map.of(
                "service_name",
                "CAINIAO_STANDARD",
                "out_ref",
                orderId,
                "send_type",
                "all",
                "logistics_no",
                logisticsNo);
    }

    // the gateway

    @Test
    void aBadSignatureIsRefusedWithTheGatewaysIncompleteSignatureError() {
        // when
        JsonNode answer = call(LIST, Map.of("param0", TODAY), "not-the-secret");

        // then
        JsonNode error = answer.path("error_response");
        assertThat(error.path("type").stringValue()).isEqualTo("ISV");
        assertThat(error.path("code").stringValue()).isEqualTo("IncompleteSignature");
        assertThat(error.path("msg").stringValue())
                .isEqualTo("The request signature does not conform to platform standards");
        assertThat(error.path("request_id").stringValue()).isNotBlank();
        assertThat(simulator.refusedSignatures()).isEqualTo(1);
    }

    @Test
    void theQuotaThrottlesWithCodeSevenAndSaysHowLongTheBanLasts() {
        // given
        simulator.callQuota(0.1, 1);
        call(LIST, Map.of("param0", TODAY));

        // when
        JsonNode error = call(LIST, Map.of("param0", TODAY)).path("error_response");

        // then
        assertThat(error.path("code").asString()).isEqualTo("7");
        assertThat(error.path("msg").stringValue()).isEqualTo("App Call Limited");
        assertThat(error.path("sub_code").stringValue()).isEqualTo("accesscontrol.limited-by-app-access-count");
        assertThat(error.path("sub_msg").stringValue()).isEqualTo("This ban will last for 10 more seconds");
        assertThat(simulator.throttledRequests()).isEqualTo(1);
    }

    // aliexpress.solution.order.get

    @Test
    void aListAnswerIsWrappedTopStyleInTheMethodsEnvelope() {
        // given
        simulator.placeOrders(2, NOW.minus(Duration.ofHours(1)));

        // when
        JsonNode result = call(LIST, Map.of("param0", TODAY))
                .path("aliexpress_solution_order_get_response")
                .path("result");

        // then: placed at 09:00 UTC, 01:00 Pacific standard time, paid at once
        assertThat(result.path("success").booleanValue()).isTrue();
        assertThat(result.path("total_count").intValue()).isEqualTo(2);
        JsonNode order = result.path("target_list").path("order_dto").path(0);
        assertThat(order.path("order_id").isIntegralNumber()).isTrue();
        assertThat(order.path("gmt_update").stringValue()).isEqualTo("2026-03-02 01:00:00");
        assertThat(order.path("fund_status").stringValue()).isEqualTo("PAY_SUCCESS");
        assertThat(order.path("product_list").path("order_product_dto").isArray())
                .isTrue();
    }

    @Test
    void moreThanFiftyOrdersAPageIsRefused() {
        // when
        JsonNode error = call(LIST, Map.of("param0", TODAY.replace("\"page_size\":50", "\"page_size\":51")))
                .path("error_response");

        // then
        assertThat(error.path("code").stringValue()).isEqualTo("InvalidParameter");
        assertThat(error.path("msg").stringValue()).isEqualTo("page_size must be between 1 and 50");
    }

    @Test
    void aWindowLongerThanADayIsRefused() {
        // when
        JsonNode error = call(LIST, Map.of("param0", TODAY.replace("2026-03-02 02:00:00", "2026-03-03 00:00:01")))
                .path("error_response");

        // then
        assertThat(error.path("code").stringValue()).isEqualTo("InvalidParameter");
        assertThat(error.path("msg").stringValue()).contains("must not exceed 24 hours");
    }

    // the order book

    @Test
    void placedOrdersHaveSixteenDigitIdsOneToFourLinesAndBuyersAroundTheWorld() {
        // when
        List<String> ids = simulator.placeOrders(40, NOW);

        // then
        assertThat(ids).hasSize(40).doesNotHaveDuplicates().allMatch(id -> id.matches("\\d{16}"));
        assertThat(ids).allSatisfy(id -> assertThat(simulator.order(id).lines()).hasSizeBetween(1, 4));
        JsonNode detail = call(
                        "aliexpress.solution.order.info.get", Map.of("param1", "{\"order_id\":\"" + ids.get(0) + "\"}"))
                .path("aliexpress_solution_order_info_get_response")
                .path("result")
                .path("data");
        assertThat(detail.path("receipt_address").path("country").stringValue()).hasSize(2);
        List<String> countries = ids.stream()
                .map(id -> call("aliexpress.solution.order.info.get", Map.of("param1", "{\"order_id\":\"" + id + "\"}"))
                        .path("aliexpress_solution_order_info_get_response")
                        .path("result")
                        .path("data")
                        .path("receipt_address")
                        .path("country")
                        .stringValue())
                .distinct()
                .toList();
        assertThat(countries).hasSizeGreaterThan(5).contains("TW");
    }

    @Test
    void generatedOrdersAppearLazilyAndTheUnpaidOnesArePaidLater() {
        // given
        simulator.generateOrdersEvery(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(40));

        // when
        int beforeAnyRequest = simulator.orderCount();
        call(LIST, Map.of("param0", TODAY));
        List<String> unpaidEarly = unpaid();
        clock.advance(Duration.ofMinutes(31));
        call(LIST, Map.of("param0", TODAY));

        // then
        assertThat(beforeAnyRequest).isZero();
        assertThat(simulator.orderCount()).isEqualTo(71);
        assertThat(unpaidEarly).isNotEmpty().allSatisfy(id -> {
            assertThat(simulator.order(id).orderStatus()).isEqualTo("WAIT_SELLER_SEND_GOODS");
            assertThat(simulator.order(id).fundStatus()).isEqualTo("PAY_SUCCESS");
        });
    }

    private List<String> unpaid() {
        return simulator.orders.values().stream()
                .filter(o -> o.orderStatus.equals("PLACE_ORDER_SUCCESS"))
                .map(o -> o.orderId)
                .toList();
    }

    @Test
    void aBacklogIsSpreadOverThePast() {
        // when
        List<String> ids = simulator.seedBacklog(4, Duration.ofHours(4));

        // then
        assertThat(ids)
                .extracting(id -> simulator.order(id).gmtCreate())
                .containsExactly(
                        NOW.minus(Duration.ofHours(4)), NOW.minus(Duration.ofHours(3)),
                        NOW.minus(Duration.ofHours(2)), NOW.minus(Duration.ofHours(1)));
    }

    // aliexpress.solution.order.fulfill and the tracking edit

    @Test
    void aSecondDeclarationAnswersAlreadyShippedAndIsNotRecorded() {
        // given
        String orderId =
                simulator.placeOrders(1, NOW.minus(Duration.ofHours(1))).get(0);

        // when
        JsonNode first = call(FULFILL, fulfil(orderId, "LP1"));
        JsonNode second = call(FULFILL, fulfil(orderId, "LP1"));

        // then
        assertThat(first.path("aliexpress_solution_order_fulfill_response")
                        .path("result")
                        .path("result_success")
                        .booleanValue())
                .isTrue();
        JsonNode refused =
                second.path("aliexpress_solution_order_fulfill_response").path("result");
        assertThat(refused.path("result_success").booleanValue()).isFalse();
        assertThat(refused.path("result_error_code").stringValue()).isEqualTo(AliExpressEndpoints.ALREADY_SHIPPED_CODE);
        assertThat(simulator.shipments(orderId)).hasSize(1);
        assertThat(simulator.orderStatus(orderId)).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
    }

    @Test
    void anUnpaidOrderCannotBeDeclared() {
        // given
        String orderId =
                simulator.placeUnpaidOrders(1, NOW.minus(Duration.ofHours(1))).get(0);

        // when
        JsonNode result = call(FULFILL, fulfil(orderId, "LP1"))
                .path("aliexpress_solution_order_fulfill_response")
                .path("result");

        // then
        assertThat(result.path("result_error_code").stringValue()).isEqualTo("ORDER_STATUS_NOT_SUPPORT");
        assertThat(simulator.shipments(orderId)).isEmpty();
    }

    @Test
    void aTrackingNumberMayBeEditedTwiceWithinFiveDaysOfTheFirstDeclaration() {
        // given
        String first = simulator.placeOrders(1, NOW.minus(Duration.ofHours(1))).get(0);
        String late = simulator.placeOrders(1, NOW.minus(Duration.ofHours(1))).get(0);
        call(FULFILL, fulfil(first, "LP1"));
        call(FULFILL, fulfil(late, "LP9"));

        // when
        String edit1 = editResult(first, "LP1", "LP2");
        String edit2 = editResult(first, "LP2", "LP3");
        String edit3 = editResult(first, "LP3", "LP4");
        clock.advance(Duration.ofDays(5).plusSeconds(1));
        String tooLate = editResult(late, "LP9", "LP10");

        // then
        assertThat(List.of(edit1, edit2, edit3, tooLate))
                .containsExactly("ok", "ok", "MODIFY_TIMES_EXCEEDED", "MODIFY_PERIOD_EXPIRED");
        assertThat(simulator.shipments(first))
                .singleElement()
                .satisfies(s -> assertThat(s.logisticsNo()).isEqualTo("LP3"));
    }

    private String editResult(String orderId, String oldNumber, String newNumber) {
        Map<String, String> params = Map.of(
                "old_service_name",
                "CAINIAO_STANDARD",
                "old_logistics_no",
                oldNumber,
                "new_service_name",
                "CAINIAO_STANDARD",
                "new_logistics_no",
                newNumber,
                "out_ref",
                orderId,
                "send_type",
                "all");
        JsonNode result = call(MODIFY, params)
                .path("aliexpress_logistics_sellermodifiedshipmentfortop_response")
                .path("result");
        return result.path("result_success").booleanValue()
                ? "ok"
                : result.path("result_error_code").stringValue();
    }

    // disputes

    private static final String ISSUE_LIST = "aliexpress.issue.issuelist.get";
    private static final String ISSUE_DETAIL = "aliexpress.issue.detail.get";

    @Test
    void aReturnDisputeIsListedInTheEnvelopeAndDetailedWithTheBuyersSolution() {
        // given a shipped order whose buyer asks to send it back
        String orderId =
                simulator.placeOrders(1, NOW.minus(Duration.ofHours(1))).get(0);
        call(FULFILL, fulfil(orderId, "LP1"));
        String issueId = simulator.requestReturn(orderId, "Size too small");

        // when
        JsonNode list = call(ISSUE_LIST, Map.of("query_dto", "{\"current_page\":1,\"page_size\":50}"))
                .path("aliexpress_issue_issuelist_get_response");
        JsonNode detail = call(ISSUE_DETAIL, Map.of("issue_id", issueId))
                .path("aliexpress_issue_detail_get_response")
                .path("result_object");

        // then
        assertThat(list.path("total_item").asInt()).isEqualTo(1);
        JsonNode issue = list.path("data_list").path("issue_api_issue_dto").get(0);
        assertThat(issue.path("issue_id").asString()).isEqualTo(issueId);
        assertThat(issue.path("parent_order_id").asString()).isEqualTo(orderId);
        assertThat(issue.path("order_id").asString())
                .isEqualTo(simulator.order(orderId).lines().get(0).childId());
        assertThat(issue.path("issue_status").asString()).isEqualTo("processing");
        assertThat(issue.path("gmt_modified").asString()).isEqualTo("2026-03-02 02:00:00");
        assertThat(detail.path("buyer_solution_list")
                        .path("solution_api_dto")
                        .get(0)
                        .path("solution_type")
                        .asString())
                .isEqualTo("return_and_refund");
    }

    @Test
    void moreThanFiftyDisputesAPageOrAnUnknownDisputeIsRefused() {
        // when
        JsonNode tooMany = call(ISSUE_LIST, Map.of("query_dto", "{\"current_page\":1,\"page_size\":51}"))
                .path("error_response");
        JsonNode unknown = call(ISSUE_DETAIL, Map.of("issue_id", "1")).path("error_response");

        // then
        assertThat(tooMany.path("code").stringValue()).isEqualTo("InvalidParameter");
        assertThat(unknown.path("code").stringValue()).isEqualTo("InvalidParameter");
    }

    @Test
    void anOrderNotShippedHasNothingToSendBack() {
        // given
        String orderId =
                simulator.placeOrders(1, NOW.minus(Duration.ofHours(1))).get(0);

        // when / then
        assertThatThrownBy(() -> simulator.requestReturn(orderId, "Size too small"))
                .isInstanceOf(IllegalStateException.class);
    }
}

package io.junction.connectors.jd;

import static io.junction.connectors.kit.JsonFields.decimal;
import static io.junction.connectors.kit.JsonFields.excerpt;
import static io.junction.connectors.kit.JsonFields.scalar;
import static io.junction.connectors.kit.JsonFields.tree;

import io.junction.channel.Address;
import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.SyncWindow;
import io.junction.connectors.jd.dto.JdCall;
import io.junction.connectors.jd.dto.JdResponse;
import io.junction.connectors.jd.dto.OrderGetQuery;
import io.junction.connectors.jd.dto.OrderLookup;
import io.junction.connectors.jd.dto.OrderSearchQuery;
import io.junction.connectors.jd.dto.ShipmentRequest;
import io.junction.connectors.kit.JsonFields;
import io.junction.connectors.kit.MalformedPayload;
import io.junction.connectors.kit.OrderLines;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pure translation between JD's gateway payloads and the channel SPI: no I/O, no clock.
 *
 * <p>Reads: a sync window is cut into sub-windows of at most {@link JdProperties#maxWindow()} (JD
 * refuses more than a month), each paged by number. The opaque page token carries the sub-window,
 * the page and the {@code orderTotal} of the first page; when the total changes between pages
 * (an order modified or indexed while we paged, which shifts JD's offsets), the sub-window is read
 * again from page 1 rather than risk skipping an order.
 *
 * <p>An order that cannot be read becomes an {@link OrderPage.MalformedOrder} with its raw JSON;
 * the rest of the page is still translated.
 */
public class JdTranslator {

    static final String SEARCH_METHOD = "jingdong.pop.order.enSearch";
    static final String GET_METHOD = "jingdong.pop.order.enGet";
    static final String SHIPMENT_METHOD = "jingdong.pop.order.shipment";

    /** The fields we read from enSearch. */
    static final String SEARCH_FIELDS = "orderId,venderId,orderState,orderStartTime,modified,orderTotalPrice,"
            + "orderPayment,freightPrice,orderRemark,paymentConfirmTime,consigneeInfo,itemInfoList";

    /** The fields a write-back needs from enGet to tell "already shipped by us" from a real refusal. */
    static final String LOOKUP_FIELDS = "orderId,orderState,waybill,logisticsId";

    /** JD's currency: POP orders are priced in yuan. */
    static final String CURRENCY = "CNY";

    /** How often one sub-window is restarted because its total moved, before we page on regardless. */
    static final int MAX_RESTARTS = 3;

    private static final ZoneOffset JD_ZONE = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter JD_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(JD_ZONE);
    private static final Map<String, String> REGION_COUNTRIES = Map.of("香港", "HK", "澳门", "MO", "台湾", "TW");

    private final JdProperties properties;
    private final JsonMapper json;

    public JdTranslator(JdProperties properties) {
        this(properties, JsonMapper.builder().build());
    }

    public JdTranslator(JdProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    // enSearch: where we are in a window

    /**
     * Where one read of {@code window} stands: the sub-window {@code from..to} (whole seconds, both
     * inclusive, as JD compares), the page, the first page's {@code orderTotal} (-1 before it is
     * known) and how often this sub-window was restarted.
     */
    public record PagePosition(Instant from, Instant to, int page, long expectedTotal, int restarts) {

        String encode() {
            String raw = String.join(
                    ":",
                    "v1",
                    Long.toString(from.getEpochSecond()),
                    Long.toString(to.getEpochSecond()),
                    Integer.toString(page),
                    Long.toString(expectedTotal),
                    Integer.toString(restarts));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The position a page token stands for; the first sub-window's first page when {@code pageToken}
     * is null.
     *
     * @throws ChannelException INVALID_REQUEST for a token this translator did not issue for the window
     */
    public PagePosition position(SyncWindow window, String pageToken) {
        Instant start = window.from().truncatedTo(ChronoUnit.SECONDS);
        if (pageToken == null) {
            return new PagePosition(start, subWindowEnd(start, window), 1, -1, 0);
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(pageToken), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", -1);
            if (parts.length != 6 || !parts[0].equals("v1")) {
                throw new IllegalArgumentException("not a JD page token");
            }
            PagePosition position = new PagePosition(
                    Instant.ofEpochSecond(Long.parseLong(parts[1])),
                    Instant.ofEpochSecond(Long.parseLong(parts[2])),
                    Integer.parseInt(parts[3]),
                    Long.parseLong(parts[4]),
                    Integer.parseInt(parts[5]));
            if (position.from().isBefore(start) || position.to().isAfter(windowEnd(window)) || position.page() < 1) {
                throw new IllegalArgumentException("page token outside the window");
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw new ChannelException(
                    ChannelException.Kind.INVALID_REQUEST,
                    "page token does not belong to the JD window " + window.from() + " .. " + window.to());
        }
    }

    /** {@link #SEARCH_FIELDS} with the ship-by rule's promised fields that it does not name yet. */
    String searchFields() {
        return properties.shipBy().addedTo(SEARCH_FIELDS);
    }

    /** The enSearch call for one page: by modified time, oldest first. */
    public JdCall orderSearchCall(PagePosition position) {
        OrderSearchQuery query = new OrderSearchQuery(
                JD_TIME.format(position.from()),
                JD_TIME.format(position.to()),
                String.join(",", properties.orderStates()),
                searchFields(),
                Integer.toString(position.page()),
                Integer.toString(properties.calls().pageSize()),
                0,
                0);
        return new JdCall(SEARCH_METHOD, json.writeValueAsString(query));
    }

    /**
     * One page of orders from an enSearch answer, and the token of what to read next.
     *
     * @throws ChannelException when JD refused the read or the answer is not a page at all
     */
    public OrderPage orderPage(JdResponse response, SyncWindow window, PagePosition position) {
        JsonNode root = gatewayAnswer(response, SEARCH_METHOD);
        JsonNode result = root.path(responseOf(SEARCH_METHOD)).path("searchorderinfo_result");
        if (!result.isObject()) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE,
                    SEARCH_METHOD + " answer has no " + responseOf(SEARCH_METHOD) + ".searchorderinfo_result");
        }
        JsonNode apiResult = result.path("apiResult");
        if (!truthy(apiResult.path("success"))) {
            throw new ChannelException(
                    ChannelException.Kind.INVALID_REQUEST,
                    SEARCH_METHOD + " refused: "
                            + describe(apiResult.path("englishErrCode"), apiResult.path("chineseErrCode")));
        }
        long total = number(result.path("orderTotal"));
        JsonNode orders = result.path("orderInfoList");
        List<ChannelOrder> good = new ArrayList<>();
        List<OrderPage.MalformedOrder> malformed = new ArrayList<>();
        if (orders.isArray()) {
            for (JsonNode node : orders) {
                try {
                    good.add(order(node));
                } catch (MalformedPayload e) {
                    String orderId = scalar(node.path("orderId"));
                    malformed.add(new OrderPage.MalformedOrder(orderId, e.getMessage(), node.toString()));
                }
            }
        } else if (!orders.isMissingNode() && !orders.isNull()) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE, SEARCH_METHOD + " orderInfoList is not an array");
        }
        if (total < 0) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, SEARCH_METHOD + " answer has no orderTotal");
        }
        return new OrderPage(good, malformed, next(window, position, total));
    }

    private String next(SyncWindow window, PagePosition position, long total) {
        if (position.expectedTotal() >= 0 && total != position.expectedTotal() && position.restarts() < MAX_RESTARTS) {
            // The set moved under our page numbers: read this sub-window again rather than skip an order.
            return new PagePosition(position.from(), position.to(), 1, -1, position.restarts() + 1).encode();
        }
        if ((long) position.page() * properties.calls().pageSize() < total) {
            return new PagePosition(position.from(), position.to(), position.page() + 1, total, position.restarts())
                    .encode();
        }
        if (position.to().isBefore(windowEnd(window))) {
            Instant start = position.to().plusSeconds(1);
            return new PagePosition(start, subWindowEnd(start, window), 1, -1, 0).encode();
        }
        return null;
    }

    /** JD compares whole seconds, both bounds inclusive: the window's end rounded up. */
    private static Instant windowEnd(SyncWindow window) {
        Instant to = window.to().truncatedTo(ChronoUnit.SECONDS);
        return to.equals(window.to()) ? to : to.plusSeconds(1);
    }

    /** Sub-windows never share a second, so that an order on a boundary is read once. */
    private Instant subWindowEnd(Instant start, SyncWindow window) {
        Instant end = start.plus(properties.maxWindow()).minusSeconds(1);
        Instant last = windowEnd(window);
        return end.isAfter(last) ? last : end;
    }

    /** What a refused read means for the sync; the message carries JD's code and text, never a credential. */
    public ChannelException readFailure(JdResponse response, String method) {
        int status = response.status();
        if (status == 429) {
            return new ChannelException(ChannelException.Kind.THROTTLED, method + " answered HTTP 429");
        }
        if (status >= 500 || !response.isSuccessful()) {
            return new ChannelException(
                    status >= 500 ? ChannelException.Kind.UNAVAILABLE : ChannelException.Kind.INVALID_REQUEST,
                    method + " answered HTTP " + status + " " + excerpt(response.body()));
        }
        JsonNode error = errorResponse(response.body());
        String code = error == null ? null : scalar(error.path("code"));
        ChannelException.Kind kind = code == null
                ? ChannelException.Kind.UNAVAILABLE
                : properties.throttledCodes().contains(code)
                        ? ChannelException.Kind.THROTTLED
                        : properties.unauthorizedCodes().contains(code)
                                ? ChannelException.Kind.UNAUTHORIZED
                                : code.equals("1")
                                        ? ChannelException.Kind.UNAVAILABLE
                                        : ChannelException.Kind.INVALID_REQUEST;
        return new ChannelException(
                kind,
                method + " answered "
                        + (error == null
                                ? excerpt(response.body())
                                : "error " + code + ": " + describe(error.path("en_desc"), error.path("zh_desc"))));
    }

    // shipment

    /**
     * The shipment call for {@code confirmation}, or a rejection made here before anything is sent:
     * JD ships whole orders with a numeric carrier id and a waybill.
     */
    public RemoteOutcome<JdCall> shipmentCall(ShipmentConfirmation confirmation) {
        if (confirmation.platformOrderId() == null
                || !confirmation.platformOrderId().matches("[0-9]{1,20}")) {
            return RemoteOutcome.rejected(
                    "ORDER_ID_NOT_NUMERIC", "JD order ids are numeric: '" + confirmation.platformOrderId() + "'");
        }
        if (confirmation.carrierCode() == null
                || !confirmation.carrierCode().strip().matches("[0-9]{1,18}")) {
            return RemoteOutcome.rejected(
                    "CARRIER_ID_NOT_NUMERIC",
                    "JD needs its numeric carrier id (logiCoprId); the carrier mapping for JD gives '"
                            + confirmation.carrierCode() + "'");
        }
        if (confirmation.trackingNumber() == null
                || confirmation.trackingNumber().isBlank()) {
            return RemoteOutcome.rejected("WAYBILL_MISSING", "JD needs a waybill number (logiNo)");
        }
        if (!confirmation.wholeOrder()) {
            return RemoteOutcome.rejected(
                    "SPLIT_SHIPMENT_NOT_SUPPORTED",
                    SHIPMENT_METHOD + " ships the whole order; a split shipment must be written back by hand on JD");
        }
        ShipmentRequest request = new ShipmentRequest(
                confirmation.platformOrderId(),
                confirmation.carrierCode().strip(),
                confirmation.trackingNumber().strip());
        return RemoteOutcome.succeeded(new JdCall(SHIPMENT_METHOD, json.writeValueAsString(request)));
    }

    /**
     * What a shipment answer means: success; a rejection with JD's reason; or unknown when
     * throttling or 5xx outlasted the retries or the answer cannot be read (the write-back retries
     * later, safely: a repeat is recognised as already shipped).
     */
    public RemoteOutcome<Void> shipmentOutcome(JdResponse response) {
        if (response.status() == 429 || response.status() >= 500) {
            return RemoteOutcome.unknown("JD answered HTTP " + response.status() + "; not confirmed yet");
        }
        if (!response.isSuccessful()) {
            return RemoteOutcome.rejected("HTTP " + response.status(), excerpt(response.body()));
        }
        JsonNode error = errorResponse(response.body());
        if (error != null) {
            String code = scalar(error.path("code"));
            String message = describe(error.path("en_desc"), error.path("zh_desc"));
            if (code != null && properties.throttledCodes().contains(code)) {
                return RemoteOutcome.unknown(
                        "JD throttled the shipment (" + code + " " + message + "); not confirmed yet");
            }
            return RemoteOutcome.rejected(code == null ? "error_response" : code, message);
        }
        JsonNode root = tree(json, response.body());
        JsonNode result =
                root == null ? null : root.path(responseOf(SHIPMENT_METHOD)).path("sopjosshipment_result");
        if (result == null || !result.isObject()) {
            return RemoteOutcome.unknown("JD's shipment answer could not be read: " + excerpt(response.body()));
        }
        if (truthy(result.path("success"))) {
            return RemoteOutcome.succeeded(null);
        }
        String english = scalar(result.path("englishErrCode"));
        return RemoteOutcome.rejected(
                english == null ? "SHIPMENT_FAILED" : english,
                describe(result.path("englishErrCode"), result.path("chineseErrCode")));
    }

    /**
     * Whether JD refused the shipment because the order no longer waits for stock-out; it may be
     * our own earlier shipment, so the order is looked up before calling it a failure.
     */
    public boolean saysStateNotSuitable(RemoteOutcome.Rejected<Void> rejected) {
        String text = (rejected.code() + " " + rejected.message()).toLowerCase(Locale.ROOT);
        return properties.stateNotSuitablePhrases().stream().anyMatch(p -> text.contains(p.toLowerCase(Locale.ROOT)));
    }

    // enGet: one order again

    /**
     * The enGet call that reads one order again with every field enSearch reads, plus the waybill.
     */
    public JdCall orderFetchCall(String orderId) {
        return new JdCall(GET_METHOD, json.writeValueAsString(new OrderGetQuery(orderId, searchFields())));
    }

    /** Whether enGet's {@code englishErrCode} says the seller has no such order. */
    private boolean saysOrderNotFound(String englishErrCode) {
        return englishErrCode
                .toLowerCase(Locale.ROOT)
                .contains(properties.orderNotFoundPhrase().toLowerCase(Locale.ROOT));
    }

    /**
     * The page of one enGet answer: {@code orderDetailInfo.orderInfo} read as enSearch's
     * {@code orderInfoList} entries are read, or as malformed with its raw JSON; nothing when JD
     * says the settings' {@code orderNotFoundPhrase} (the simulator's wording).
     *
     * @throws ChannelException when JD refused the call or the answer is not an order detail at all
     */
    public OrderPage fetchedOrder(JdResponse response, String orderId) {
        JsonNode detail =
                gatewayAnswer(response, GET_METHOD).path(responseOf(GET_METHOD)).path("orderDetailInfo");
        if (!detail.isObject()) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE,
                    GET_METHOD + " answer has no " + responseOf(GET_METHOD) + ".orderDetailInfo");
        }
        JsonNode apiResult = detail.path("apiResult");
        if (!truthy(apiResult.path("success"))) {
            String english = scalar(apiResult.path("englishErrCode"));
            if (english != null && saysOrderNotFound(english)) {
                return new OrderPage(List.of(), List.of(), null);
            }
            throw new ChannelException(
                    ChannelException.Kind.INVALID_REQUEST,
                    GET_METHOD + " refused: "
                            + describe(apiResult.path("englishErrCode"), apiResult.path("chineseErrCode")));
        }
        JsonNode info = detail.path("orderInfo");
        try {
            return new OrderPage(List.of(order(info)), List.of(), null);
        } catch (MalformedPayload e) {
            String id = scalar(info.path("orderId"));
            return new OrderPage(
                    List.of(),
                    List.of(new OrderPage.MalformedOrder(id == null ? orderId : id, e.getMessage(), info.toString())),
                    null);
        }
    }

    /** The enGet call that looks one order up after a "state not suitable" answer. */
    public JdCall orderGetCall(String orderId) {
        return new JdCall(GET_METHOD, json.writeValueAsString(new OrderGetQuery(orderId, LOOKUP_FIELDS)));
    }

    /** The order an enGet answer describes, or empty when the answer says nothing usable. */
    public Optional<OrderLookup> orderLookup(JdResponse response) {
        if (!response.isSuccessful() || errorResponse(response.body()) != null) {
            return Optional.empty();
        }
        JsonNode root = tree(json, response.body());
        JsonNode detail =
                root == null ? null : root.path(responseOf(GET_METHOD)).path("orderDetailInfo");
        if (detail == null || !truthy(detail.path("apiResult").path("success"))) {
            return Optional.empty();
        }
        JsonNode info = detail.path("orderInfo");
        String orderId = scalar(info.path("orderId"));
        String state = scalar(info.path("orderState"));
        if (orderId == null || state == null) {
            return Optional.empty();
        }
        return Optional.of(
                new OrderLookup(orderId, state, scalar(info.path("waybill")), scalar(info.path("logisticsId"))));
    }

    /**
     * A "state not suitable" refusal seen against the order as JD holds it: shipped with our
     * carrier and waybill means our earlier shipment arrived (success); anything else stays a
     * rejection, with JD's state added to the reason.
     */
    public RemoteOutcome<Void> afterStateNotSuitable(
            RemoteOutcome.Rejected<Void> refusal, Optional<OrderLookup> lookup, ShipmentConfirmation confirmation) {
        if (lookup.isEmpty()) {
            return RemoteOutcome.unknown("JD refused the shipment (" + refusal.message()
                    + ") and the order could not be looked up; it may have shipped already");
        }
        OrderLookup order = lookup.get();
        boolean shipped = JdStatus.of(order.orderState())
                .map(s -> s.state() == PlatformState.SHIPPED)
                .orElse(false);
        String ours = confirmation.trackingNumber().strip();
        boolean sameWaybill = order.waybill() != null
                && List.of(order.waybill().split("[,，;\\s]+")).contains(ours);
        boolean sameCarrier = order.logisticsId() == null
                || order.logisticsId().equals(confirmation.carrierCode().strip());
        if (shipped && sameWaybill && sameCarrier) {
            return RemoteOutcome.succeeded(null);
        }
        if (shipped) {
            return RemoteOutcome.rejected(
                    refusal.code(),
                    "JD already shipped order " + order.orderId() + " with waybill " + order.waybill() + " (carrier "
                            + order.logisticsId() + "), not " + ours + ": " + refusal.message());
        }
        return RemoteOutcome.rejected(
                refusal.code(), refusal.message() + "; the order is " + order.orderState() + " on JD");
    }

    // one order

    private ChannelOrder order(JsonNode node) {
        JsonFields.requireObject(node, "order");
        String orderId = JsonFields.present(scalar(node.path("orderId")), "orderId");
        String stateText = JsonFields.present(scalar(node.path("orderState")), "orderState");
        JdStatus status = JdStatus.of(stateText)
                .orElseThrow(() -> new MalformedPayload("unknown orderState '" + stateText + "'"));
        Instant created = instant(node.path("orderStartTime"), "orderStartTime");
        Instant modified = instant(node.path("modified"), "modified");
        Instant paid = JsonFields.instant(
                node.path("paymentConfirmTime"),
                "paymentConfirmTime",
                false,
                JdTranslator::parseTime,
                "yyyy-MM-dd HH:mm:ss");
        List<ChannelOrder.Line> lines = lines(node.path("itemInfoList"), status.state());
        BigDecimal total = money(node.path("orderPayment"), "orderPayment");
        if (total == null) {
            total = money(node.path("orderTotalPrice"), "orderTotalPrice");
        }
        if (total == null) {
            total = OrderLines.total(lines);
        }
        JsonNode consignee = node.path("consigneeInfo");
        return new ChannelOrder(
                orderId,
                stateText,
                status.state(),
                null,
                created,
                modified,
                scalar(consignee.path("fullname")),
                address(consignee),
                CURRENCY,
                total,
                properties.shipBy().shipBy(node, JdTranslator::parseTime, paid),
                lines,
                scalar(node.path("orderRemark")));
    }

    private List<ChannelOrder.Line> lines(JsonNode items, PlatformState state) {
        if (!items.isArray() || items.isEmpty()) {
            throw new MalformedPayload("no itemInfoList");
        }
        List<ChannelOrder.Line> lines = new ArrayList<>();
        for (JsonNode item : items) {
            String skuId = scalar(item.path("skuId"));
            if (skuId == null) {
                throw new MalformedPayload("an item has no skuId");
            }
            String sku = scalar(item.path("outerSkuId"));
            long quantity;
            try {
                quantity = Long.parseLong(
                        String.valueOf(scalar(item.path("itemTotal"))).strip());
            } catch (NumberFormatException e) {
                throw new MalformedPayload(
                        "item " + skuId + ": itemTotal '" + scalar(item.path("itemTotal")) + "' is not an integer");
            }
            boolean zeroAllowed = state == PlatformState.CANCELLED;
            if (quantity < 0 || quantity > Integer.MAX_VALUE || (quantity == 0 && !zeroAllowed)) {
                throw new MalformedPayload("item " + skuId + ": itemTotal " + quantity + " is not positive");
            }
            lines.add(new ChannelOrder.Line(
                    skuId,
                    sku == null ? skuId : sku,
                    scalar(item.path("skuName")),
                    (int) quantity,
                    money(item.path("jdPrice"), "item " + skuId + " jdPrice")));
        }
        return lines;
    }

    private static Address address(JsonNode consignee) {
        if (!consignee.isObject()) {
            return null;
        }
        String province = scalar(consignee.path("province"));
        // JD gives no country: mainland unless the province names a region, or "海外" (overseas, unknown).
        String country =
                province == null ? "CN" : province.equals("海外") ? null : REGION_COUNTRIES.getOrDefault(province, "CN");
        String county = scalar(consignee.path("county"));
        String town = scalar(consignee.path("town"));
        String line2 = county == null ? town : town == null ? county : county + " " + town;
        return new Address(
                scalar(consignee.path("fullname")),
                null,
                scalar(consignee.path("fullAddress")),
                line2,
                scalar(consignee.path("city")),
                province,
                null,
                country,
                scalar(consignee.path("mobile")));
    }

    // plumbing

    /** The parsed body of a gateway answer that is not a refusal. */
    private JsonNode gatewayAnswer(JdResponse response, String method) {
        if (!response.isSuccessful() || errorResponse(response.body()) != null) {
            throw readFailure(response, method);
        }
        JsonNode root = tree(json, response.body());
        if (root == null || !root.isObject()) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, method + " answered unreadable JSON");
        }
        return root;
    }

    private JsonNode errorResponse(String body) {
        JsonNode root = tree(json, body);
        JsonNode error = root == null ? null : root.get("error_response");
        return error != null && error.isObject() ? error : null;
    }

    private static Instant instant(JsonNode node, String field) {
        return JsonFields.instant(node, field, true, JdTranslator::parseTime, "yyyy-MM-dd HH:mm:ss");
    }

    private static Instant parseTime(String value) {
        return LocalDateTime.parse(value, JD_TIME).toInstant(JD_ZONE);
    }

    /** JD sends money as decimal strings ("199.00"); a missing amount is null. */
    private static BigDecimal money(JsonNode node, String field) {
        return decimal(scalar(node), field);
    }

    /** JD's booleans arrive as true or "true". */
    private static boolean truthy(JsonNode node) {
        return node.isBoolean() ? node.booleanValue() : "true".equalsIgnoreCase(scalar(node));
    }

    private static long number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        try {
            String value = scalar(node);
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String describe(JsonNode english, JsonNode chinese) {
        String en = scalar(english);
        String zh = scalar(chinese);
        if (en == null && zh == null) {
            return "(no reason given)";
        }
        return en == null ? zh : zh == null ? en : en + " (" + zh + ")";
    }

    /** The member JD wraps a method's answer in: its name with underscores, then JD's own "_responce". */
    private static String responseOf(String method) {
        return method.replace('.', '_') + "_responce";
    }
}

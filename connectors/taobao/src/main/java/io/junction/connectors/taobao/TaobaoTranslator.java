package io.junction.connectors.taobao;

import static io.junction.connectors.kit.JsonFields.decimal;
import static io.junction.connectors.kit.JsonFields.excerpt;
import static io.junction.connectors.kit.JsonFields.id;
import static io.junction.connectors.kit.JsonFields.text;
import static io.junction.connectors.kit.JsonFields.tree;

import io.junction.channel.Address;
import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.ReturnRequest;
import io.junction.channel.ReturnRequestPage;
import io.junction.channel.ShipmentConfirmation;
import io.junction.connectors.kit.JsonFields;
import io.junction.connectors.kit.MalformedPayload;
import io.junction.connectors.taobao.dto.TaobaoError;
import io.junction.connectors.taobao.dto.TaobaoResponse;
import io.junction.connectors.taobao.dto.TradeList;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pure translation between TOP's payloads and the channel SPI: no I/O, no clock.
 *
 * <p>A trade that cannot be read becomes an {@link OrderPage.MalformedOrder} with its raw JSON;
 * the rest of the page is still translated. Times are TOP's {@code yyyy-MM-dd HH:mm:ss} in GMT+8.
 */
public class TaobaoTranslator {

    public static final String LIST_METHOD = "taobao.trades.sold.increment.get";
    public static final String FULL_INFO_METHOD = "taobao.trade.fullinfo.get";
    public static final String OFFLINE_SEND_METHOD = "taobao.logistics.offline.send";
    /** The refunds a seller received (退款), of which those with goods returned are return requests. */
    public static final String REFUNDS_METHOD = "taobao.refunds.receive.get";

    /**
     * The refund fields read. UNCONFIRMED: TOP's refund object documents refund_id, tid, oid, num, reason, status,
     * has_good_return and modified; whether {@code num} is always filled is not published (0 reads as the line).
     */
    static final String REFUND_FIELDS = "refund_id,tid,oid,num,reason,status,has_good_return,modified";

    /** Refund statuses after which no goods come back: the request was closed or refused. */
    private static final Set<String> NO_RETURN = Set.of("CLOSED", "SELLER_REFUSE_BUYER");

    /** The trade and line fields we read from the list. */
    static final String LIST_FIELDS = "tid,status,created,modified,pay_time,payment,post_fee,buyer_nick,"
            + "receiver_name,receiver_state,receiver_city,receiver_district,receiver_address,receiver_zip,"
            + "receiver_mobile,orders.oid,orders.num_iid,orders.sku_id,orders.outer_sku_id,orders.outer_iid,"
            + "orders.title,orders.num,orders.price,orders.payment,orders.status,orders.refund_status";

    /** What only {@code taobao.trade.fullinfo.get} carries, on top of the list's fields. */
    static final String FULL_INFO_FIELDS = LIST_FIELDS + ",buyer_message,receiver_country,receiver_town,receiver_phone";

    /** Taobao sells in yuan. */
    static final String CURRENCY = "CNY";

    /** UNCONFIRMED: a trade without {@code receiver_country} is delivered in mainland China. */
    static final String DEFAULT_COUNTRY = "CN";

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final ZoneId GMT8 = ZoneId.of("GMT+8");

    private final JsonMapper json;
    private final TaobaoProperties properties;

    /** With the default settings. */
    public TaobaoTranslator() {
        this(TaobaoProperties.defaults());
    }

    /** With the settings' UNCONFIRMED codes and phrases (already consigned, no such trade). */
    public TaobaoTranslator(TaobaoProperties properties) {
        this.json = JsonMapper.builder().build();
        this.properties = properties;
    }

    // taobao.trades.sold.increment.get

    /**
     * The parameters of one list page: {@code from..to} both inclusive, to the second. Always
     * {@code use_has_next=false}, so that TOP counts the window and the pages can be read from the
     * last one backwards.
     */
    public Map<String, String> listParameters(Instant from, Instant to, int pageNo, int pageSize) {
        return pageParameters(withShipByFields(LIST_FIELDS), from, to, pageNo, pageSize, false);
    }

    /**
     * The trades and count of one list answer.
     *
     * @throws ChannelException when TOP answered an error or something that is not a list
     */
    public TradeList tradeList(TaobaoResponse response) {
        JsonNode body = successBody(LIST_METHOD, response);
        JsonNode trades = body.path("trades").path("trade");
        List<JsonNode> list = new ArrayList<>();
        if (trades.isArray()) {
            trades.forEach(list::add);
        } else if (!trades.isMissingNode() && !trades.isNull()) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE, LIST_METHOD + " answer has no trades.trade array");
        }
        JsonNode total = body.path("total_results");
        if (!total.isNumber() && !(total.isString() && total.stringValue().matches("\\d+"))) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, LIST_METHOD + " answer has no total_results");
        }
        return new TradeList(total.isNumber() ? total.longValue() : Long.parseLong(total.stringValue()), list);
    }

    /** {@code fields} with the ship-by rule's promised fields that it does not name yet. */
    String withShipByFields(String fields) {
        return properties.shipBy().addedTo(fields);
    }

    // taobao.refunds.receive.get

    /** One page of refunds modified within the window; {@code use_has_next} answers whether another page follows. */
    public Map<String, String> refundsParameters(Instant from, Instant to, int pageNo, int pageSize) {
        return pageParameters(REFUND_FIELDS, from, to, pageNo, pageSize, true);
    }

    /** One page of a list modified within {@code from..to}, as the trade and refund lists both take it. */
    private static Map<String, String> pageParameters(
            String fields, Instant from, Instant to, int pageNo, int pageSize, boolean useHasNext) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("fields", fields);
        parameters.put("start_modified", format(from));
        parameters.put("end_modified", format(to));
        parameters.put("page_no", Integer.toString(pageNo));
        parameters.put("page_size", Integer.toString(pageSize));
        parameters.put("use_has_next", Boolean.toString(useHasNext));
        return parameters;
    }

    /**
     * The return requests of one refunds answer: refunds with goods returned that still stand; the next page's
     * token when TOP says another follows.
     *
     * @throws ChannelException when TOP answered an error or something that is not a refund list
     */
    public ReturnRequestPage returnRequests(TaobaoResponse response, int pageNo) {
        JsonNode body = successBody(REFUNDS_METHOD, response);
        JsonNode refunds = body.path("refunds").path("refund");
        if (!refunds.isArray() && !refunds.isMissingNode() && !refunds.isNull()) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE, REFUNDS_METHOD + " answer has no refunds.refund array");
        }
        List<ReturnRequest> requests = new ArrayList<>();
        for (JsonNode refund : refunds.isArray() ? refunds : List.<JsonNode>of()) {
            String refundId = id(refund.path("refund_id"));
            String tid = id(refund.path("tid"));
            if (refundId == null || tid == null) {
                throw new ChannelException(
                        ChannelException.Kind.UNAVAILABLE, REFUNDS_METHOD + " answer has a refund without ids");
            }
            if (!flag(refund.path("has_good_return")) || NO_RETURN.contains(text(refund.path("status")))) {
                continue;
            }
            int num = parseInt(JsonFields.scalar(refund.path("num")));
            requests.add(new ReturnRequest(
                    refundId,
                    tid,
                    id(refund.path("oid")),
                    Math.max(num, 0),
                    text(refund.path("reason")),
                    time(refund.path("modified"), "modified", false)));
        }
        boolean more = flag(body.path("has_next"));
        return new ReturnRequestPage(requests, more ? Integer.toString(pageNo + 1) : null);
    }

    /** A TOP boolean, which may come as a JSON boolean or as the string "true". */
    private static boolean flag(JsonNode node) {
        return node.isBoolean() ? node.booleanValue() : "true".equals(text(node));
    }

    // taobao.trade.fullinfo.get

    /** Whether the list's copy of {@code trade} lacks fields we need (the buyer note, the country). */
    public boolean needsFullInfo(JsonNode trade, Set<PlatformState> states) {
        if (!trade.isObject() || tid(trade) == null) {
            return false;
        }
        try {
            return TaobaoStatus.of(text(trade.path("status")))
                    .map(s -> states.contains(state(trade, s)))
                    .orElse(false);
        } catch (MalformedPayload e) {
            return false;
        }
    }

    public Map<String, String> fullInfoParameters(String tid) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("fields", withShipByFields(FULL_INFO_FIELDS));
        parameters.put("tid", tid);
        return parameters;
    }

    /**
     * The list's trade completed with the full-info answer's fields (the full info wins).
     *
     * @throws ChannelException when TOP answered an error or no trade
     */
    public JsonNode withFullInfo(JsonNode listed, TaobaoResponse response) {
        JsonNode full = successBody(FULL_INFO_METHOD, response).path("trade");
        if (!full.isObject()) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, FULL_INFO_METHOD + " answer has no trade");
        }
        ObjectNode merged = listed.isObject() ? ((ObjectNode) listed).deepCopy() : json.createObjectNode();
        full.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
        return merged;
    }

    /**
     * The page of one trade read again with {@code taobao.trade.fullinfo.get} alone: its fields are a
     * superset of the list's, so the trade reads as a listed trade completed with its full info.
     * The trade, the trade as malformed with its raw JSON, or nothing when TOP answers
     * the settings' {@code tradeNotExistSubCode} (the simulator answers code 15 with it).
     *
     * @throws ChannelException when TOP refused the call (throttled, session, signature) or
     *     answered no trade
     */
    public OrderPage fetchedTrade(TaobaoResponse response) {
        TaobaoError error = error(response);
        if (error != null && properties.tradeNotExistSubCode().equals(error.subCode())) {
            return new OrderPage(List.of(), List.of(), null);
        }
        JsonNode trade = successBody(FULL_INFO_METHOD, response).path("trade");
        if (trade.isMissingNode() || trade.isNull()) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, FULL_INFO_METHOD + " answer has no trade");
        }
        return orderPage(List.of(trade), null);
    }

    /** The tid of a listed trade, or null when it has none. */
    public String tid(JsonNode trade) {
        return id(trade.path("tid_str").isString() ? trade.path("tid_str") : trade.path("tid"));
    }

    // trades → orders

    /** One page of orders from TOP's trades; a bad trade is kept aside, the others are read. */
    public OrderPage orderPage(List<JsonNode> trades, String nextPageToken) {
        List<ChannelOrder> good = new ArrayList<>();
        List<OrderPage.MalformedOrder> malformed = new ArrayList<>();
        for (JsonNode trade : trades) {
            try {
                good.add(order(trade));
            } catch (MalformedPayload e) {
                malformed.add(new OrderPage.MalformedOrder(
                        trade.isObject() ? tid(trade) : null, e.getMessage(), trade.toString()));
            }
        }
        return new OrderPage(good, malformed, nextPageToken);
    }

    // taobao.logistics.offline.send

    /**
     * The parameters of {@code taobao.logistics.offline.send}: the tracking number as {@code out_sid},
     * the carrier's TOP code as {@code company_code}; a split shipment adds {@code is_split=1} and the
     * shipped lines' oids as {@code sub_tid}.
     */
    public Map<String, String> offlineSendParameters(ShipmentConfirmation confirmation) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("tid", confirmation.platformOrderId());
        parameters.put("out_sid", confirmation.trackingNumber());
        parameters.put("company_code", confirmation.carrierCode());
        if (!confirmation.wholeOrder()) {
            parameters.put("is_split", "1");
            parameters.put(
                    "sub_tid",
                    confirmation.items().stream()
                            .map(ShipmentConfirmation.Item::platformLineId)
                            .distinct()
                            .collect(Collectors.joining(",")));
        }
        return parameters;
    }

    /**
     * What an answer to {@code taobao.logistics.offline.send} means: {@code is_success: true} and
     * "already consigned" are successes; throttling, 5xx and {@code isp.*} faults are unknown (not
     * confirmed yet: the write-back retries later, safely, since a repeat answers "already
     * consigned"); any other answer is a rejection with TOP's code and reason.
     */
    public RemoteOutcome<Void> offlineSendOutcome(TaobaoResponse response) {
        if (response.status() >= 500) {
            return RemoteOutcome.unknown("TOP answered HTTP " + response.status() + "; not confirmed yet");
        }
        TaobaoError error = error(response);
        if (error != null) {
            if (saysAlreadyShipped(error)) {
                return RemoteOutcome.succeeded(null);
            }
            if (error.throttled() || error.platformFault()) {
                return RemoteOutcome.unknown("TOP answered " + error.describe() + "; not confirmed yet");
            }
            return RemoteOutcome.rejected(error.effectiveCode(), error.describe());
        }
        JsonNode root = tree(json, response.body());
        JsonNode success = root == null
                ? null
                : root.path(wrapper(OFFLINE_SEND_METHOD)).path("shipping").path("is_success");
        if (success == null || success.isMissingNode()) {
            return response.isHttpSuccess()
                    ? RemoteOutcome.unknown(
                            "TOP answered something that is not a consignment result: " + excerpt(response.body()))
                    : RemoteOutcome.rejected("HTTP " + response.status(), excerpt(response.body()));
        }
        if (success.asBoolean(false) || "true".equals(success.asString())) {
            return RemoteOutcome.succeeded(null);
        }
        return RemoteOutcome.rejected("is_success=false", "TOP did not consign the trade (shipping.is_success=false)");
    }

    boolean saysAlreadyShipped(TaobaoError error) {
        if (error.subCode() != null && properties.alreadyShippedSubCodes().contains(error.subCode())) {
            return true;
        }
        String text = ((error.msg() == null ? "" : error.msg()) + " " + (error.subMsg() == null ? "" : error.subMsg()))
                .toLowerCase(Locale.ROOT);
        return properties.alreadyShippedPhrases().stream().anyMatch(text::contains);
    }

    // errors

    /** TOP's error in a body, or null when the body is not an error. */
    public TaobaoError error(TaobaoResponse response) {
        JsonNode root = tree(json, response.body());
        JsonNode error = root == null ? null : root.get("error_response");
        if (error == null || !error.isObject()) {
            return null;
        }
        JsonNode code = error.path("code");
        return new TaobaoError(
                code.isNumber() ? code.intValue() : parseInt(text(code)),
                text(error.path("msg")),
                text(error.path("sub_code")),
                text(error.path("sub_msg")),
                text(error.path("request_id")));
    }

    /**
     * What a failed read means for the sync; the message carries TOP's codes and request id, never
     * a credential.
     */
    public ChannelException readFailure(String method, TaobaoResponse response) {
        TaobaoError error = error(response);
        if (error == null) {
            ChannelException.Kind kind = response.status() >= 500 || response.isHttpSuccess()
                    ? ChannelException.Kind.UNAVAILABLE
                    : ChannelException.Kind.INVALID_REQUEST;
            return new ChannelException(
                    kind, method + " answered HTTP " + response.status() + " " + excerpt(response.body()));
        }
        return new ChannelException(kind(error), method + " answered " + error.describe());
    }

    static ChannelException.Kind kind(TaobaoError error) {
        if (error.throttled()) {
            return ChannelException.Kind.THROTTLED;
        }
        switch (error.code()) {
            case 11, 12, 25, 26, 27, 28, 29, 53:
                return ChannelException.Kind.UNAUTHORIZED;
            default:
                break;
        }
        if (error.platformFault() || error.code() == 10 || error.code() == 520) {
            return ChannelException.Kind.UNAVAILABLE;
        }
        return ChannelException.Kind.INVALID_REQUEST;
    }

    /** TOP's success wrapper of {@code method}: no {@code taobao.}, dots to underscores, {@code _response}. */
    static String wrapper(String method) {
        String name = method.startsWith("taobao.") ? method.substring("taobao.".length()) : method;
        return name.replace('.', '_') + "_response";
    }

    private JsonNode successBody(String method, TaobaoResponse response) {
        if (!response.isHttpSuccess() || error(response) != null) {
            throw readFailure(method, response);
        }
        JsonNode root = tree(json, response.body());
        if (root == null) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, method + " answered unreadable JSON");
        }
        JsonNode body = root.path(wrapper(method));
        if (!body.isObject()) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, method + " answer has no " + wrapper(method));
        }
        return body;
    }

    // one trade

    private ChannelOrder order(JsonNode trade) {
        JsonFields.requireObject(trade, "trade");
        String tid = JsonFields.present(tid(trade), "tid");
        String statusText = JsonFields.present(text(trade.path("status")), "status");
        TaobaoStatus status = TaobaoStatus.of(statusText)
                .orElseThrow(() -> new MalformedPayload("unknown status '" + statusText + "'"));
        Instant created = time(trade.path("created"), "created", true);
        Instant modified = time(trade.path("modified"), "modified", true);
        PlatformState state = state(trade, status);
        Instant paid = time(trade.path("pay_time"), "pay_time", false);
        List<ChannelOrder.Line> lines = lines(trade.path("orders").path("order"), state);
        BigDecimal total = decimal(trade.path("payment"), "payment");
        if (total == null) {
            total = lines.stream()
                    .map(l -> l.unitPrice() == null
                            ? BigDecimal.ZERO
                            : l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return new ChannelOrder(
                tid,
                statusText,
                state,
                null,
                created,
                modified,
                text(trade.path("buyer_nick")),
                address(trade),
                CURRENCY,
                total,
                properties.shipBy().shipBy(trade, TaobaoTranslator::parseTime, paid),
                lines,
                text(trade.path("buyer_message")));
    }

    /** The trade's status with its lines' refunds merged in; unknown refund statuses make the trade malformed. */
    private PlatformState state(JsonNode trade, TaobaoStatus status) {
        List<TaobaoRefundStatus> refunds = new ArrayList<>();
        JsonNode lines = trade.path("orders").path("order");
        if (lines.isArray()) {
            for (JsonNode line : lines) {
                String value = text(line.path("refund_status"));
                refunds.add(TaobaoRefundStatus.of(value)
                        .orElseThrow(() -> new MalformedPayload("unknown refund_status '" + value + "'")));
            }
        }
        return TaobaoRefundStatus.merge(status, refunds);
    }

    private List<ChannelOrder.Line> lines(JsonNode orders, PlatformState state) {
        if (!orders.isArray() || orders.isEmpty()) {
            throw new MalformedPayload("no orders.order lines");
        }
        List<ChannelOrder.Line> lines = new ArrayList<>();
        for (JsonNode line : orders) {
            String oid = line.path("oid").isIntegralNumber()
                    ? line.path("oid").asString()
                    : text(line.path("oid_str").isString() ? line.path("oid_str") : line.path("oid"));
            if (oid == null) {
                throw new MalformedPayload("a line has no oid");
            }
            JsonNode num = line.path("num");
            if (!num.isIntegralNumber() || !num.canConvertToInt() || num.intValue() <= 0) {
                throw new MalformedPayload("line " + oid + ": num is not a positive integer");
            }
            String sku = text(line.path("outer_sku_id"));
            if (sku == null) {
                sku = text(line.path("outer_iid"));
            }
            if (sku == null) {
                throw new MalformedPayload("line " + oid + ": missing outer_sku_id and outer_iid");
            }
            // A refunded line of a trade still to ship is not to be shipped: it keeps its place with 0.
            boolean refunded = "SUCCESS".equals(text(line.path("refund_status"))) && state != PlatformState.CANCELLED;
            lines.add(new ChannelOrder.Line(
                    oid,
                    sku,
                    text(line.path("title")),
                    refunded ? 0 : num.intValue(),
                    decimal(line.path("price"), "line " + oid + " price")));
        }
        return lines;
    }

    private static Address address(JsonNode trade) {
        String name = text(trade.path("receiver_name"));
        String street = text(trade.path("receiver_address"));
        if (name == null && street == null) {
            return null;
        }
        String district = text(trade.path("receiver_district"));
        String town = text(trade.path("receiver_town"));
        String line2 = district == null ? town : town == null ? district : district + " " + town;
        String country = text(trade.path("receiver_country"));
        String phone = text(trade.path("receiver_mobile"));
        return new Address(
                name,
                null,
                street,
                line2,
                text(trade.path("receiver_city")),
                text(trade.path("receiver_state")),
                text(trade.path("receiver_zip")),
                country == null ? DEFAULT_COUNTRY : country.toUpperCase(Locale.ROOT),
                phone != null ? phone : text(trade.path("receiver_phone")));
    }

    private static Instant parseTime(String value) {
        return LocalDateTime.parse(value, TIME).atZone(GMT8).toInstant();
    }

    static String format(Instant instant) {
        return TIME.format(instant.atZone(GMT8));
    }

    private static Instant time(JsonNode node, String field, boolean required) {
        return JsonFields.instant(
                node,
                field,
                required,
                value -> LocalDateTime.parse(value, TIME).atZone(GMT8).toInstant(),
                "a yyyy-MM-dd HH:mm:ss time");
    }

    private static int parseInt(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

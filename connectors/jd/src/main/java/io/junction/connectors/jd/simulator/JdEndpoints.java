package io.junction.connectors.jd.simulator;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.junction.simulator.SimulatorEndpoints;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's HTTP face: a WireMock transformer that answers every gateway request from the
 * simulator's state, the way JD's {@code routerjson} would (parameters, signature, rules, wrappers,
 * error payloads). Parameters are read from the query string and a form body alike, as JD does.
 */
final class JdEndpoints extends SimulatorEndpoints<JdSimulator> {

    static final String NAME = "junction-jd-simulator";

    static final String SEARCH = "jingdong.pop.order.enSearch";
    static final String GET = "jingdong.pop.order.enGet";
    static final String SHIPMENT = "jingdong.pop.order.shipment";

    /**
     * The gateway's refusals: each its UNCONFIRMED code (only 19 is documented; the connector's properties list
     * them) and its words in Chinese and English.
     */
    enum GatewayError {
        INVALID_SIGNATURE("14", "签名无效", "Invalid signature"),
        INVALID_APP_KEY("15", "无效app_key", "Invalid app_key"),
        INVALID_TOKEN("19", "无效access_token", "Invalid access_token"),
        THROTTLED("7", "调用次数超限，请稍后再试", "App call limited, please try again later"),
        INVALID_METHOD("22", "无效的方法名", "Invalid method");

        final String code;
        final String chinese;
        final String english;

        GatewayError(String code, String chinese, String english) {
            this.code = code;
            this.chinese = chinese;
            this.english = english;
        }
    }

    /** UNCONFIRMED gateway code (only 19 is documented) for a gateway that is down; the simulator never sends it. */
    static final String CODE_SERVICE_UNAVAILABLE = "1";

    /** The shipment refusal for an order not waiting for stock-out (UNCONFIRMED wording). */
    static final String STATE_NOT_SUITABLE_EN = "order state not suitable for shipment";

    static final String STATE_NOT_SUITABLE_ZH = "订单状态不满足出库条件";

    private static final Set<String> STATES = Set.of(
            "WAIT_PAY",
            "WAIT_SELLER_STOCK_OUT",
            "WAIT_SELLER_DELIVERY",
            "WAIT_GOODS_RECEIVE_CONFIRM",
            "FINISHED_L",
            "TRADE_CANCELED",
            "LOCKED",
            "PAUSE",
            "POP_ORDER_PAUSE");
    private static final ZoneOffset JD_ZONE = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter JD_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(JD_ZONE);

    JdEndpoints(JdSimulator simulator) {
        super(NAME, simulator);
    }

    @Override
    protected ResponseDefinition serve(Request request, URI uri) {
        String path = uri.getRawPath();
        if (!path.equals(JdSimulator.GATEWAY_PATH)) {
            return notFound();
        }
        Map<String, String> params = parameters(request, new TreeMap<>());
        String method = params.get("method");
        if (method != null) {
            simulator.calls.merge(method, 1, Integer::sum);
        }
        ResponseDefinition scenario = scenarioAnswer();
        if (scenario != null) {
            return scenario;
        }
        if (!JdSimulator.APP_KEY.equals(params.get("app_key"))) {
            return error(GatewayError.INVALID_APP_KEY);
        }
        if (!signatureMatches(params)) {
            simulator.signatureFailures++;
            return error(GatewayError.INVALID_SIGNATURE);
        }
        if (!JdSimulator.ACCESS_TOKEN.equals(params.get("access_token"))) {
            return error(GatewayError.INVALID_TOKEN);
        }
        if (!simulator.quota.tryTake(now())) {
            return throttled();
        }
        JsonNode business;
        try {
            business = json.readTree(params.getOrDefault("360buy_param_json", "{}"));
        } catch (JacksonException e) {
            business = null;
        }
        if (method == null) {
            return error(GatewayError.INVALID_METHOD);
        }
        switch (method) {
            case SEARCH:
                return business == null || !business.isObject()
                        ? ok(searchRefusal("参数格式错误", "360buy_param_json is not a JSON object"))
                        : search(business);
            case GET:
                return get(business);
            case SHIPMENT:
                return shipment(business);
            default:
                return error(GatewayError.INVALID_METHOD);
        }
    }

    // the gateway

    /** secret + sorted(name + value, sign and blanks left out) + secret, MD5, uppercase hex. */
    static String sign(Map<String, String> params, String secret) {
        StringBuilder text = new StringBuilder(secret);
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("sign") && !name.isBlank() && value != null && !value.isBlank()) {
                text.append(name).append(value);
            }
        });
        text.append(secret);
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(md5.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean signatureMatches(Map<String, String> params) {
        String sign = params.get("sign");
        return sign != null && sign.equalsIgnoreCase(sign(params, JdSimulator.APP_SECRET));
    }

    // enSearch

    private ResponseDefinition search(JsonNode query) {
        Instant start;
        Instant end;
        try {
            start = time(query, "start_date");
            end = time(query, "end_date");
        } catch (IllegalArgumentException e) {
            return ok(searchRefusal("时间格式错误", e.getMessage()));
        }
        if (end.isBefore(start)) {
            return ok(searchRefusal("结束时间不能早于开始时间", "end_date must not be before start_date"));
        }
        LocalDateTime startLocal = LocalDateTime.ofInstant(start, JD_ZONE);
        if (LocalDateTime.ofInstant(end, JD_ZONE).isAfter(startLocal.plusMonths(1))) {
            return ok(searchRefusal(
                    "查询时间跨度不能超过一个月", "The time span between start_date and end_date cannot exceed one month"));
        }
        int page;
        int pageSize;
        try {
            page = integer(query, "page", 1);
            pageSize = integer(query, "page_size", 20);
        } catch (NumberFormatException e) {
            return ok(searchRefusal("分页参数错误", "page and page_size must be integers"));
        }
        if (page < 1) {
            return ok(searchRefusal("页码必须大于0", "page must be at least 1"));
        }
        if (pageSize < 1 || pageSize > 100) {
            return ok(searchRefusal("每页条数必须在1到100之间", "page_size must be between 1 and 100"));
        }
        Set<String> states = new LinkedHashSet<>();
        String stateList = value(query, "order_state");
        if (stateList != null) {
            for (String state : stateList.split(",")) {
                if (!state.isBlank() && !STATES.contains(state.strip())) {
                    return ok(searchRefusal("订单状态参数错误", "Invalid order_state " + state.strip()));
                }
                states.add(state.strip());
            }
        }
        boolean byCreation = "1".equals(value(query, "dateType"));
        boolean descending = "1".equals(value(query, "sortType"));
        Instant now = now();
        Comparator<SimulatedOrder> order = Comparator.comparing(
                        (SimulatedOrder o) -> byCreation ? o.createdTime : o.modified)
                .thenComparing(o -> o.orderId);
        List<SimulatedOrder> matching = simulator.orders.values().stream()
                .filter(o -> !o.visibleFrom.isAfter(now))
                .filter(o -> states.isEmpty() || states.contains(o.orderState))
                .filter(o -> {
                    Instant t = (byCreation ? o.createdTime : o.modified)
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
                    return !t.isBefore(start) && !t.isAfter(end);
                })
                .sorted(descending ? order.reversed() : order)
                .toList();
        int from = (int) Math.min(matching.size(), (long) (page - 1) * pageSize);
        int to = Math.min(matching.size(), from + pageSize);
        ObjectNode result = json.createObjectNode();
        success(result.putObject("apiResult"));
        result.put("orderTotal", matching.size());
        ArrayNode list = result.putArray("orderInfoList");
        for (SimulatedOrder o : matching.subList(from, to)) {
            list.add(orderJson(o));
        }
        return ok(wrap("jingdong_pop_order_enSearch_responce", "searchorderinfo_result", result));
    }

    private ObjectNode searchRefusal(String chinese, String english) {
        ObjectNode result = json.createObjectNode();
        result.putObject("apiResult")
                .put("success", false)
                .put("chineseErrCode", chinese)
                .put("englishErrCode", english)
                .put("numberCode", 10100001);
        result.put("orderTotal", 0);
        return wrap("jingdong_pop_order_enSearch_responce", "searchorderinfo_result", result);
    }

    private ObjectNode orderJson(SimulatedOrder order) {
        ObjectNode node = json.createObjectNode();
        node.put("orderId", order.orderId);
        node.put("venderId", order.venderId);
        node.put("orderState", order.orderState);
        node.put("orderStartTime", JD_TIME.format(order.createdTime));
        node.put("modified", JD_TIME.format(order.modified));
        BigDecimal items = order.itemsTotal();
        node.put("orderTotalPrice", money(items.add(order.freight)));
        node.put("orderPayment", money(items.add(order.freight)));
        node.put("freightPrice", money(order.freight));
        node.put("orderRemark", order.remark == null ? "" : order.remark);
        node.put("venderRemark", "");
        node.put(
                "paymentConfirmTime", order.paymentConfirmTime == null ? "" : JD_TIME.format(order.paymentConfirmTime));
        JdOrderGenerator.Recipient r = order.recipient;
        ObjectNode consignee = node.putObject("consigneeInfo")
                .put("fullname", r.fullname())
                .put("mobile", r.mobile())
                .put("fullAddress", r.fullAddress())
                .put("province", r.province())
                .put("city", r.city())
                .put("county", r.county());
        if (r.town() != null) {
            consignee.put("town", r.town());
        }
        ArrayNode list = node.putArray("itemInfoList");
        for (SimulatedOrder.Item item : order.items) {
            ObjectNode itemNode = list.addObject();
            if (item.skuId() != null) {
                itemNode.put("skuId", item.skuId());
            }
            itemNode.put("outerSkuId", item.outerSkuId())
                    .put("skuName", item.skuName())
                    .put("jdPrice", money(item.jdPrice()))
                    .put("itemTotal", Integer.toString(item.quantity()))
                    .put("wareId", item.wareId());
        }
        return node;
    }

    // enGet

    private ResponseDefinition get(JsonNode query) {
        String orderId = query == null ? null : value(query, "order_id");
        SimulatedOrder order = orderId == null ? null : simulator.orders.get(orderId);
        ObjectNode detail = json.createObjectNode();
        if (order == null) {
            detail.putObject("apiResult")
                    .put("success", false)
                    .put("chineseErrCode", "订单不存在")
                    .put("englishErrCode", "order does not exist");
        } else {
            success(detail.putObject("apiResult"));
            ObjectNode info = orderJson(order);
            info.put("waybill", order.waybill == null ? "" : order.waybill);
            info.put("logisticsId", order.logisticsId == null ? "" : order.logisticsId);
            detail.set("orderInfo", info);
        }
        return ok(wrap("jingdong_pop_order_enGet_responce", "orderDetailInfo", detail));
    }

    // shipment

    private ResponseDefinition shipment(JsonNode request) {
        String orderId = request == null ? null : value(request, "orderId");
        String carrier = request == null ? null : value(request, "logiCoprId");
        String waybill = request == null ? null : value(request, "logiNo");
        if (orderId == null || carrier == null || waybill == null) {
            return ok(shipmentResult(
                    false, "参数错误：orderId、logiCoprId、logiNo不能为空", "orderId, logiCoprId and logiNo are required"));
        }
        if (!carrier.matches("[0-9]+")) {
            return ok(shipmentResult(false, "物流公司ID必须为数字", "logiCoprId must be numeric"));
        }
        SimulatedOrder order = simulator.orders.get(orderId);
        if (order == null) {
            return ok(shipmentResult(false, "订单不存在", "order does not exist"));
        }
        if (!order.orderState.equals("WAIT_SELLER_STOCK_OUT")) {
            return ok(shipmentResult(
                    false,
                    STATE_NOT_SUITABLE_ZH + "，当前状态：" + order.orderState,
                    STATE_NOT_SUITABLE_EN + ", current state: " + order.orderState));
        }
        Instant now = now();
        order.waybill = waybill;
        order.logisticsId = carrier;
        simulator.touch(order, "WAIT_GOODS_RECEIVE_CONFIRM", now);
        simulator
                .shipments
                .computeIfAbsent(orderId, k -> new java.util.ArrayList<>())
                .add(new JdSimulator.Shipment(orderId, carrier, waybill, now));
        if (dropsAfterAccepting()) {
            return connectionReset();
        }
        return ok(shipmentResult(true, "成功", "success"));
    }

    private ObjectNode shipmentResult(boolean success, String chinese, String english) {
        ObjectNode result = json.createObjectNode();
        // JD sends this flag as a string.
        result.put("success", Boolean.toString(success))
                .put("chineseErrCode", chinese)
                .put("englishErrCode", english);
        return wrap("jingdong_pop_order_shipment_responce", "sopjosshipment_result", result);
    }

    // answers

    private ObjectNode wrap(String wrapper, String field, ObjectNode result) {
        ObjectNode root = json.createObjectNode();
        ObjectNode inner = root.putObject(wrapper);
        inner.put("code", "0");
        inner.set(field, result);
        return root;
    }

    private static void success(ObjectNode apiResult) {
        apiResult
                .put("success", true)
                .put("chineseErrCode", "成功")
                .put("englishErrCode", "success")
                .put("numberCode", 10100000);
    }

    @Override
    protected ResponseDefinition failure(int status) {
        return answer(status, "text/html", "<html><body>" + status + " Service Unavailable</body></html>");
    }

    @Override
    protected ResponseDefinition throttled() {
        simulator.countThrottled();
        return error(GatewayError.THROTTLED);
    }

    private ResponseDefinition error(GatewayError error) {
        ObjectNode body = json.createObjectNode();
        body.putObject("error_response")
                .put("code", error.code)
                .put("zh_desc", error.chinese)
                .put("en_desc", error.english);
        return ok(body);
    }

    private static ResponseDefinition ok(ObjectNode body) {
        return answer(200, "application/json;charset=UTF-8", body.toString());
    }

    private static String value(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isString() && !value.isNumber()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text.strip();
    }

    private static int integer(JsonNode node, String field, int fallback) {
        String text = value(node, field);
        return text == null ? fallback : Integer.parseInt(text);
    }

    private static Instant time(JsonNode node, String field) {
        String text = value(node, field);
        if (text == null) {
            throw new IllegalArgumentException(field + " is required (yyyy-MM-dd HH:mm:ss)");
        }
        try {
            return LocalDateTime.parse(text, JD_TIME).toInstant(JD_ZONE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + text + "' is not yyyy-MM-dd HH:mm:ss");
        }
    }
}

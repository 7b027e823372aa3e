package io.junction.connectors.aliexpress.simulator;

import static io.junction.connectors.aliexpress.AliExpressClient.FULFILL;
import static io.junction.connectors.aliexpress.AliExpressClient.ISSUE_DETAIL;
import static io.junction.connectors.aliexpress.AliExpressClient.ISSUE_LIST;
import static io.junction.connectors.aliexpress.AliExpressClient.MODIFY_SHIPMENT;
import static io.junction.connectors.aliexpress.AliExpressClient.ORDER_INFO;
import static io.junction.connectors.aliexpress.AliExpressClient.ORDER_LIST;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.junction.simulator.SimulatorEndpoints;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's HTTP face: a WireMock transformer that answers every request from the
 * simulator's state, the way the IOP gateway would (one path, method names, signature, error
 * payloads with HTTP 200, success envelopes named after the method).
 */
final class AliExpressEndpoints extends SimulatorEndpoints<AliExpressSimulator> {

    static final String NAME = "junction-aliexpress-simulator";

    /** The answer to a second declaration of a shipped order (see AliExpressTranslator). */
    static final String ALREADY_SHIPPED_CODE = "ORDER_ALREADY_SHIPPED";

    static final String ALREADY_SHIPPED_DESC = "The order has already been shipped.";

    private static final DateTimeFormatter WALL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(15);

    AliExpressEndpoints(AliExpressSimulator simulator) {
        super(NAME, simulator);
    }

    @Override
    protected ResponseDefinition serve(Request request, URI uri) {
        if (!uri.getRawPath().equals(AliExpressSimulator.GATEWAY_PATH)
                || !(RequestMethod.POST.equals(request.getMethod()) || RequestMethod.GET.equals(request.getMethod()))) {
            return error(404, "ISV", "InvalidApiPath", "The specified API path is invalid", null, null);
        }
        Map<String, String> params = parameters(request, new LinkedHashMap<>());
        String method = params.getOrDefault("method", "");
        simulator.requests.merge(method, 1, Integer::sum);
        ResponseDefinition scenario = scenarioAnswer();
        if (scenario != null) {
            return scenario;
        }
        ResponseDefinition refused = refusal(params);
        if (refused != null) {
            return refused;
        }
        Instant now = now();
        if (!simulator.quota.tryTake(now)) {
            simulator.countThrottled();
            return error(
                    200,
                    "ISP",
                    "7",
                    "App Call Limited",
                    "accesscontrol.limited-by-app-access-count",
                    "This ban will last for " + simulator.quota.secondsUntilNextToken(now) + " more seconds");
        }
        try {
            switch (method) {
                case ORDER_LIST:
                    return orderList(params);
                case ORDER_INFO:
                    return orderInfo(params);
                case FULFILL:
                    return fulfill(params);
                case MODIFY_SHIPMENT:
                    return modifyShipment(params);
                case ISSUE_LIST:
                    return issueList(params);
                case ISSUE_DETAIL:
                    return issueDetail(params);
                default:
                    return error(200, "ISV", "InvalidApiPath", "The specified API path is invalid", null, null);
            }
        } catch (InvalidParameter e) {
            return error(200, "ISV", e.code, e.getMessage(), null, null);
        }
    }

    // the gateway's checks

    /** The gateway's answer to a request it refuses before any method runs, or null. */
    private ResponseDefinition refusal(Map<String, String> params) {
        for (String name : List.of("app_key", "method", "timestamp", "sign")) {
            if (blank(params.get(name))) {
                return error(
                        200,
                        "ISV",
                        "MissingParameter",
                        "The input parameter \"" + name
                                + "\" that is mandatory for processing this request is not supplied.",
                        null,
                        null);
            }
        }
        if (!AliExpressSimulator.APP_KEY.equals(params.get("app_key"))) {
            return error(200, "ISV", "InvalidAppKey", "The specified app key is invalid", null, null);
        }
        if (!"sha256".equals(params.getOrDefault("sign_method", "sha256"))) {
            return error(200, "ISV", "InvalidSignMethod", "The specified sign method is not supported", null, null);
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(params.get("timestamp"));
        } catch (NumberFormatException e) {
            return error(200, "ISV", "InvalidTimestamp", "The specified timestamp is invalid", null, null);
        }
        Duration skew = Duration.between(Instant.ofEpochMilli(timestamp), now()).abs();
        if (skew.compareTo(TIMESTAMP_TOLERANCE) > 0) {
            return error(200, "ISV", "InvalidTimestamp", "The specified timestamp is invalid or expired", null, null);
        }
        if (!MessageDigest.isEqual(
                expectedSign(params).getBytes(StandardCharsets.UTF_8),
                params.get("sign").getBytes(StandardCharsets.UTF_8))) {
            simulator.refusedSignatures++;
            return error(
                    200,
                    "ISV",
                    "IncompleteSignature",
                    "The request signature does not conform to platform standards",
                    null,
                    null);
        }
        if (!AliExpressSimulator.ACCESS_TOKEN.equals(params.get("session"))) {
            return error(
                    200, "ISV", "IllegalAccessToken", "The specified access token is invalid or expired", null, null);
        }
        return null;
    }

    private static String expectedSign(Map<String, String> params) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((name, value) -> {
            if (!name.equals("sign")) {
                text.append(name).append(value);
            }
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(AliExpressSimulator.APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of()
                    .withUpperCase()
                    .formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // aliexpress.solution.order.get

    private ResponseDefinition orderList(Map<String, String> params) {
        JsonNode query = jsonParameter(params, "param0");
        int pageSize = intField(query, "page_size", 20);
        if (pageSize < 1 || pageSize > simulator.maxPageSize) {
            throw new InvalidParameter("page_size must be between 1 and " + simulator.maxPageSize);
        }
        int currentPage = intField(query, "current_page", 1);
        if (currentPage < 1) {
            throw new InvalidParameter("current_page must be at least 1");
        }
        LocalDateTime modifiedStart = wallTime(query, "modified_date_start");
        LocalDateTime modifiedEnd = wallTime(query, "modified_date_end");
        LocalDateTime createStart = wallTime(query, "create_date_start");
        LocalDateTime createEnd = wallTime(query, "create_date_end");
        if (modifiedStart == null && createStart == null) {
            throw new InvalidParameter("create_date_start or modified_date_start is required");
        }
        checkWindow(modifiedStart, modifiedEnd, "modified_date");
        checkWindow(createStart, createEnd, "create_date");
        Set<String> statuses = Set.copyOf(textList(query.path("order_status_list")));
        Instant now = now();
        List<SimulatedOrder> matching = simulator.orders.values().stream()
                .filter(o -> !o.visibleAt.isAfter(now))
                .filter(o -> within(wall(o.gmtUpdate), modifiedStart, modifiedEnd))
                .filter(o -> within(wall(o.gmtCreate), createStart, createEnd))
                .filter(o -> statuses.isEmpty() || statuses.contains(o.orderStatus))
                // Newest first, as AliExpress lists them (UNCONFIRMED).
                .sorted(Comparator.comparing((SimulatedOrder o) -> o.gmtCreate)
                        .thenComparing(o -> o.orderId)
                        .reversed())
                .toList();
        int totalPage = (matching.size() + pageSize - 1) / pageSize;
        int from = Math.min(matching.size(), (currentPage - 1) * pageSize);
        int to = Math.min(matching.size(), from + pageSize);
        ObjectNode result = json.createObjectNode()
                .put("success", true)
                .put("total_count", matching.size())
                .put("total_page", totalPage)
                .put("current_page", currentPage)
                .put("page_size", pageSize);
        if (to > from) {
            ArrayNode list = result.putObject("target_list").putArray("order_dto");
            for (SimulatedOrder order : matching.subList(from, to)) {
                list.add(listedOrder(order, now));
            }
        }
        return success(ORDER_LIST, result);
    }

    private void checkWindow(LocalDateTime start, LocalDateTime end, String name) {
        if (start == null) {
            return;
        }
        if (end == null) {
            throw new InvalidParameter(name + "_end is required with " + name + "_start");
        }
        if (end.isBefore(start)) {
            throw new InvalidParameter(name + "_end must not be before " + name + "_start");
        }
        Duration span = Duration.between(
                start.atZone(AliExpressSimulator.PLATFORM_ZONE).toInstant(),
                end.atZone(AliExpressSimulator.PLATFORM_ZONE).toInstant());
        if (span.compareTo(simulator.maxWindow) > 0) {
            throw new InvalidParameter("The time range between " + name + "_start and " + name + "_end must not exceed "
                    + simulator.maxWindow.toHours() + " hours");
        }
    }

    private ObjectNode listedOrder(SimulatedOrder order, Instant now) {
        ObjectNode node = json.createObjectNode();
        putStatuses(node, order);
        node.put("biz_type", "AE_COMMON");
        node.put("gmt_create", createdAt(order));
        node.put("gmt_update", WALL_TIME.format(wall(order.gmtUpdate)));
        if (order.gmtPayTime != null) {
            node.put("gmt_pay_time", WALL_TIME.format(wall(order.gmtPayTime)));
        }
        if (order.endReason != null && "FINISH".equals(order.orderStatus)) {
            node.put("end_reason", order.endReason);
        }
        money(node.putObject("pay_amount"), order.total());
        node.put("buyer_login_id", order.buyerLoginId);
        node.put("buyer_signer_fullname", order.buyerName);
        if (order.gmtPayTime != null
                && ("WAIT_SELLER_SEND_GOODS".equals(order.orderStatus)
                        || "SELLER_PART_SEND_GOODS".equals(order.orderStatus))) {
            Duration left = Duration.between(now, order.gmtPayTime.plus(simulator.shipWithin));
            if (left.isNegative()) {
                left = Duration.ZERO;
            }
            node.put("left_send_good_day", left.toDays());
            node.put("left_send_good_hour", left.toHoursPart());
            node.put("left_send_good_min", left.toMinutesPart());
        }
        ArrayNode products = node.putObject("product_list").putArray("order_product_dto");
        for (SimulatedOrder.Item item : order.items) {
            ObjectNode product = line(products, "child_id", item)
                    .put("son_order_status", order.orderStatus)
                    .put("logistics_service_name", "AliExpress Standard Shipping");
            skuAndPrice(product, item, "product_unit_price");
        }
        return node;
    }

    // aliexpress.issue.issuelist.get

    /**
     * Every dispute, newest change first (UNCONFIRMED order), a page at a time; the page's fields sit in the
     * envelope itself, as the IOP SDK's response names them, with {@code data_list} wrapped TOP style.
     */
    private ResponseDefinition issueList(Map<String, String> params) {
        JsonNode query = jsonParameter(params, "query_dto");
        int pageSize = intField(query, "page_size", 20);
        if (pageSize < 1 || pageSize > 50) {
            throw new InvalidParameter("page_size must be between 1 and 50");
        }
        int currentPage = intField(query, "current_page", 1);
        if (currentPage < 1) {
            throw new InvalidParameter("current_page must be at least 1");
        }
        String status = query.path("issue_status").asString("");
        String orderNo = query.path("order_no").asString("");
        List<AliExpressSimulator.Issue> matching = simulator.issues.stream()
                .filter(i -> status.isEmpty() || status.equals(i.status()))
                .filter(i -> orderNo.isEmpty() || orderNo.equals(i.orderId()))
                .sorted(Comparator.comparing(AliExpressSimulator.Issue::gmtModified)
                        .thenComparing(AliExpressSimulator.Issue::issueId)
                        .reversed())
                .toList();
        int from = Math.min(matching.size(), (currentPage - 1) * pageSize);
        int to = Math.min(matching.size(), from + pageSize);
        ObjectNode body = json.createObjectNode();
        ObjectNode envelope = body.putObject(ISSUE_LIST.replace('.', '_') + "_response");
        envelope.put("current_page", currentPage).put("page_size", pageSize).put("total_item", matching.size());
        ArrayNode list = envelope.putObject("data_list").putArray("issue_api_issue_dto");
        for (AliExpressSimulator.Issue issue : matching.subList(from, to)) {
            list.addObject()
                    .put("issue_id", Long.parseLong(issue.issueId()))
                    .put("order_id", Long.parseLong(issue.childId()))
                    .put("parent_order_id", Long.parseLong(issue.orderId()))
                    .put("buyer_login_id", issue.buyerLoginId())
                    .put("issue_status", issue.status())
                    .put("reason_english", issue.reason())
                    .put("gmt_create", WALL_TIME.format(wall(issue.gmtModified())))
                    .put("gmt_modified", WALL_TIME.format(wall(issue.gmtModified())));
        }
        envelope.put("request_id", requestId());
        return respond(200, body.toString());
    }

    // aliexpress.issue.detail.get

    /** One dispute in {@code result_object}, with the buyer's solution; an unknown id is a parameter error. */
    private ResponseDefinition issueDetail(Map<String, String> params) {
        String issueId = required(params, "issue_id");
        AliExpressSimulator.Issue issue = simulator.issues.stream()
                .filter(i -> i.issueId().equals(issueId))
                .findFirst()
                .orElseThrow(() -> new InvalidParameter("The issue " + issueId + " does not exist"));
        ObjectNode body = json.createObjectNode();
        ObjectNode envelope = body.putObject(ISSUE_DETAIL.replace('.', '_') + "_response");
        ObjectNode dispute = envelope.putObject("result_object")
                .put("id", Long.parseLong(issue.issueId()))
                .put("order_id", Long.parseLong(issue.childId()))
                .put("parent_order_id", Long.parseLong(issue.orderId()))
                .put("buyer_login_id", issue.buyerLoginId())
                .put("issue_status", issue.status())
                .put("issue_reason", issue.reason())
                .put("gmt_create", WALL_TIME.format(wall(issue.gmtModified())));
        dispute.putObject("buyer_solution_list")
                .putArray("solution_api_dto")
                .addObject()
                .put("issue_id", Long.parseLong(issue.issueId()))
                .put("order_id", Long.parseLong(issue.childId()))
                .put("solution_owner", "buyer")
                .put("solution_type", issue.solutionType())
                .put("status", "wait_seller_accept");
        envelope.put("request_id", requestId());
        return respond(200, body.toString());
    }

    // aliexpress.solution.order.info.get

    private ResponseDefinition orderInfo(Map<String, String> params) {
        JsonNode query = jsonParameter(params, "param1");
        String orderId = query.path("order_id").asString("");
        SimulatedOrder order = simulator.orders.get(orderId);
        ObjectNode result = json.createObjectNode();
        if (order == null) {
            result.put("success", false)
                    .put("error_code", "ORDER_NOT_FOUND")
                    .put("error_message", "The order " + orderId + " does not exist or does not belong to the seller.");
            return success(ORDER_INFO, result);
        }
        result.put("success", true);
        ObjectNode data = result.putObject("data");
        putStatuses(data, order);
        data.put("gmt_create", createdAt(order));
        data.put("gmt_modified", WALL_TIME.format(wall(order.gmtUpdate)));
        if (order.gmtPayTime != null) {
            data.put("gmt_pay_success", WALL_TIME.format(wall(order.gmtPayTime)));
        }
        money(data.putObject("order_amount"), order.total());
        data.put("buyer_login_id", order.buyerLoginId);
        data.put("buyer_signer_fullname", order.buyerName);
        if (order.memo != null) {
            data.put("memo", order.memo);
        }
        AliExpressOrderGenerator.Recipient r = order.recipient;
        ObjectNode address = data.putObject("receipt_address")
                .put("contact_person", r.contactPerson())
                .put("country", r.country())
                .put("province", r.province())
                .put("city", r.city())
                .put("address", r.address())
                .put("detail_address", r.address())
                .put("zip", r.zip())
                .put("phone_country", r.phoneCountry())
                .put("mobile_no", r.mobileNo());
        if (r.address2() != null) {
            address.put("address2", r.address2());
        }
        ArrayNode children = data.putObject("child_order_list").putArray("global_aeop_tp_child_order_dto");
        for (SimulatedOrder.Item item : order.items) {
            skuAndPrice(line(children, "id", item), item, "product_price");
        }
        ArrayNode logistics = data.putObject("logistic_info_list").putArray("global_aeop_tp_logistic_info_dto");
        for (AliExpressSimulator.Shipment shipment : order.shipments) {
            logistics
                    .addObject()
                    .put("logistics_no", shipment.logisticsNo())
                    .put("logistics_service_name", shipment.serviceName())
                    .put("gmt_send", WALL_TIME.format(wall(shipment.receivedAt())));
        }
        return success(ORDER_INFO, result);
    }

    // aliexpress.solution.order.fulfill

    private ResponseDefinition fulfill(Map<String, String> params) {
        String serviceName = required(params, "service_name");
        String orderId = required(params, "out_ref");
        String sendType = required(params, "send_type");
        String logisticsNo = required(params, "logistics_no");
        if (!sendType.equals("all") && !sendType.equals("part")) {
            throw new InvalidParameter("send_type must be all or part");
        }
        if (serviceName.equalsIgnoreCase("OTHER") && blank(params.get("tracking_website"))) {
            throw new InvalidParameter("tracking_website is required when service_name is OTHER");
        }
        SimulatedOrder order = simulator.orders.get(orderId);
        if (order == null) {
            return writeFailure(FULFILL, "ORDER_NOT_FOUND", "The order " + orderId + " does not exist.");
        }
        boolean sameNumber =
                order.shipments.stream().anyMatch(s -> s.logisticsNo().equals(logisticsNo));
        if (sameNumber || order.fullyShipped()) {
            return writeFailure(FULFILL, ALREADY_SHIPPED_CODE, ALREADY_SHIPPED_DESC);
        }
        boolean shippable = ("WAIT_SELLER_SEND_GOODS".equals(order.orderStatus)
                        || "SELLER_PART_SEND_GOODS".equals(order.orderStatus))
                && order.paid();
        if (!shippable) {
            return writeFailure(
                    FULFILL,
                    "ORDER_STATUS_NOT_SUPPORT",
                    "The order status " + order.orderStatus + " (fund " + order.fundStatus
                            + ") does not allow shipment.");
        }
        Instant now = now();
        order.shipments.add(new AliExpressSimulator.Shipment(
                orderId,
                serviceName,
                logisticsNo,
                sendType,
                params.get("tracking_website"),
                params.get("description"),
                now));
        if (order.firstDeclaredAt == null) {
            order.firstDeclaredAt = now;
        }
        if (sendType.equals("all")) {
            order.orderStatus = "WAIT_BUYER_ACCEPT_GOODS";
            order.logisticsStatus = "SELLER_SEND_GOODS";
        } else {
            order.orderStatus = "SELLER_PART_SEND_GOODS";
            order.logisticsStatus = "SELLER_SEND_PART_GOODS";
        }
        simulator.touch(order);
        return acceptedWrite(FULFILL);
    }

    // aliexpress.logistics.sellermodifiedshipmentfortop

    private ResponseDefinition modifyShipment(Map<String, String> params) {
        String oldService = required(params, "old_service_name");
        String oldNumber = required(params, "old_logistics_no");
        String newService = required(params, "new_service_name");
        String newNumber = required(params, "new_logistics_no");
        String orderId = required(params, "out_ref");
        String sendType = required(params, "send_type");
        SimulatedOrder order = simulator.orders.get(orderId);
        if (order == null) {
            return writeFailure(MODIFY_SHIPMENT, "ORDER_NOT_FOUND", "The order " + orderId + " does not exist.");
        }
        int index = -1;
        for (int i = 0; i < order.shipments.size(); i++) {
            AliExpressSimulator.Shipment s = order.shipments.get(i);
            if (s.logisticsNo().equals(oldNumber) && s.serviceName().equals(oldService)) {
                index = i;
            }
        }
        if (index < 0) {
            return writeFailure(
                    MODIFY_SHIPMENT,
                    "LOGISTICS_NO_NOT_FOUND",
                    "No shipment " + oldService + " " + oldNumber + " was declared for order " + orderId + ".");
        }
        if (order.edits >= simulator.maxShipmentEdits) {
            return writeFailure(
                    MODIFY_SHIPMENT,
                    "MODIFY_TIMES_EXCEEDED",
                    "The tracking number can be modified at most " + simulator.maxShipmentEdits + " times.");
        }
        Instant now = now();
        if (now.isAfter(order.firstDeclaredAt.plus(simulator.shipmentEditPeriod))) {
            return writeFailure(
                    MODIFY_SHIPMENT,
                    "MODIFY_PERIOD_EXPIRED",
                    "The tracking number can only be modified within " + simulator.shipmentEditPeriod.toDays()
                            + " days of the first shipment declaration.");
        }
        AliExpressSimulator.Shipment old = order.shipments.get(index);
        order.shipments.set(
                index,
                new AliExpressSimulator.Shipment(
                        orderId,
                        newService,
                        newNumber,
                        sendType,
                        params.get("tracking_website"),
                        params.get("description"),
                        old.receivedAt()));
        order.edits++;
        simulator.touch(order);
        return acceptedWrite(MODIFY_SHIPMENT);
    }

    // answers

    private ResponseDefinition acceptedWrite(String method) {
        if (dropsAfterAccepting()) {
            return connectionReset();
        }
        ObjectNode result = json.createObjectNode().put("result_success", true);
        return success(method, result);
    }

    private ResponseDefinition writeFailure(String method, String code, String desc) {
        ObjectNode result = json.createObjectNode()
                .put("result_success", false)
                .put("result_error_code", code)
                .put("result_error_desc", desc);
        return success(method, result);
    }

    private ResponseDefinition success(String method, ObjectNode result) {
        ObjectNode body = json.createObjectNode();
        ObjectNode envelope = body.putObject(method.replace('.', '_') + "_response");
        envelope.set("result", result);
        envelope.put("request_id", requestId());
        return respond(200, body.toString());
    }

    private ResponseDefinition error(int status, String type, String code, String msg, String subCode, String subMsg) {
        ObjectNode error = json.createObjectNode().put("type", type);
        if ("7".equals(code)) {
            error.put("code", 7);
        } else {
            error.put("code", code);
        }
        error.put("msg", msg);
        if (subCode != null) {
            error.put("sub_code", subCode);
        }
        if (subMsg != null) {
            error.put("sub_msg", subMsg);
        }
        error.put("request_id", requestId());
        ObjectNode body = json.createObjectNode();
        body.set("error_response", error);
        return respond(status, body.toString());
    }

    @Override
    protected ResponseDefinition failure(int status) {
        return error(
                status,
                "SYSTEM",
                "InternalError",
                "The request processing has failed due to some unknown error.",
                null,
                null);
    }

    private static ResponseDefinition respond(int status, String body) {
        return answer(status, "application/json;charset=UTF-8", body);
    }

    /** The order's id and its five statuses, as the list and the detail both carry them. */
    private static void putStatuses(ObjectNode node, SimulatedOrder order) {
        node.put("order_id", Long.parseLong(order.orderId));
        node.put("order_status", order.orderStatus);
        node.put("logistics_status", order.logisticsStatus);
        node.put("fund_status", order.fundStatus);
        node.put("issue_status", order.issueStatus);
        node.put("frozen_status", order.frozenStatus);
    }

    /** The order's {@code gmt_create} as the gateway writes it; not a time at all for an unreadable one. */
    private static String createdAt(SimulatedOrder order) {
        return order.malformation == AliExpressSimulator.Malformation.UNREADABLE_GMT_CREATE
                ? "yesterday"
                : WALL_TIME.format(wall(order.gmtCreate));
    }

    /** An order line as both order views start it: its id under {@code idField}, the product and the count. */
    private static ObjectNode line(ArrayNode lines, String idField, SimulatedOrder.Item item) {
        return lines.addObject()
                .put(idField, Long.parseLong(item.childId))
                .put("product_id", Long.parseLong(item.productId))
                .put("product_name", item.productName)
                .put("product_count", item.count);
    }

    /** An order line as both order views end it: the SKU code, when it has one, and the unit price. */
    private static void skuAndPrice(ObjectNode line, SimulatedOrder.Item item, String priceField) {
        if (item.skuCode != null) {
            line.put("sku_code", item.skuCode);
        }
        money(line.putObject(priceField), item.unitPrice);
    }

    private static void money(ObjectNode node, BigDecimal amount) {
        node.put("amount", money(amount)).put("currency_code", "USD");
    }

    // parameters

    private JsonNode jsonParameter(Map<String, String> params, String name) {
        String value = required(params, name);
        try {
            JsonNode node = json.readTree(value);
            if (node == null || !node.isObject()) {
                throw new InvalidParameter("The input parameter \"" + name + "\" is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidParameter("The input parameter \"" + name + "\" is not valid JSON");
        }
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (blank(value)) {
            throw new InvalidParameter(
                    "MissingParameter",
                    "The input parameter \"" + name
                            + "\" that is mandatory for processing this request is not supplied.");
        }
        return value;
    }

    private static int intField(JsonNode node, String field, int fallback) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return fallback;
        }
        if (value.isIntegralNumber()) {
            return value.intValue();
        }
        try {
            return Integer.parseInt(value.asString(""));
        } catch (NumberFormatException e) {
            throw new InvalidParameter(field + " must be an integer");
        }
    }

    private static LocalDateTime wallTime(JsonNode node, String field) {
        String value = node.path(field).asString("");
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, WALL_TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidParameter(field + " must be formatted as yyyy-MM-dd HH:mm:ss");
        }
    }

    private static List<String> textList(JsonNode node) {
        if (!node.isArray()) {
            return List.of();
        }
        return node.valueStream()
                .map(n -> n.asString(""))
                .filter(s -> !s.isBlank())
                .toList();
    }

    private static boolean within(LocalDateTime time, LocalDateTime start, LocalDateTime end) {
        return start == null || (!time.isBefore(start) && !time.isAfter(end));
    }

    /** The platform's wall-clock time of an instant, to the second. */
    private static LocalDateTime wall(Instant instant) {
        return LocalDateTime.ofInstant(instant, AliExpressSimulator.PLATFORM_ZONE)
                .withNano(0);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A parameter the gateway refuses with {@code InvalidParameter} (or {@code MissingParameter}). */
    private static final class InvalidParameter extends RuntimeException {
        final String code;

        InvalidParameter(String message) {
            this("InvalidParameter", message);
        }

        InvalidParameter(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}

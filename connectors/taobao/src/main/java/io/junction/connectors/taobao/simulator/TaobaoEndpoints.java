package io.junction.connectors.taobao.simulator;

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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's HTTP face: a WireMock transformer that answers every request from the
 * simulator's state, the way the TOP gateway would (system parameters, signature, rules, error
 * payloads, all answered with HTTP 200 as TOP does).
 */
final class TaobaoEndpoints extends SimulatorEndpoints<TaobaoSimulator> {

    static final String NAME = "junction-taobao-simulator";

    static final String LIST = "taobao.trades.sold.increment.get";
    static final String FULL_INFO = "taobao.trade.fullinfo.get";
    static final String OFFLINE_SEND = "taobao.logistics.offline.send";
    static final String REFUNDS = "taobao.refunds.receive.get";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId GMT8 = ZoneId.of("GMT+8");
    private static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(10);
    private static final Duration MAX_WINDOW = Duration.ofDays(1);
    private static final Duration HISTORY = Duration.ofDays(90);
    private static final Set<String> SHIPPED =
            Set.of("WAIT_BUYER_CONFIRM_GOODS", "TRADE_BUYER_SIGNED", "TRADE_FINISHED");
    private static final Set<String> LIST_ONLY_WITHHELD =
            Set.of("buyer_message", "receiver_country", "receiver_town", "receiver_phone");

    TaobaoEndpoints(TaobaoSimulator simulator) {
        super(NAME, simulator);
    }

    @Override
    protected ResponseDefinition serve(Request request, URI uri) {
        String path = uri.getRawPath();
        if (!path.equals(TaobaoSimulator.GATEWAY_PATH)) {
            return notFound();
        }
        Map<String, String> params = parameters(request, new LinkedHashMap<>());
        String method = params.get("method");
        if (method != null) {
            simulator.requests.merge(method, 1, Integer::sum);
        }
        ResponseDefinition scenario = scenarioAnswer();
        if (scenario != null) {
            return scenario;
        }
        try {
            checkSystemParameters(params, request.getMethod());
            return switch (method) {
                case LIST -> list(params);
                case FULL_INFO -> fullInfo(params);
                case OFFLINE_SEND -> offlineSend(params);
                case REFUNDS -> refunds(params);
                default -> throw new TopError(22, "Invalid method", null, null);
            };
        } catch (TopError e) {
            return error(e);
        }
    }

    // the gateway

    private void checkSystemParameters(Map<String, String> params, RequestMethod httpMethod) {
        if (!RequestMethod.POST.equals(httpMethod) && !RequestMethod.GET.equals(httpMethod)) {
            throw new TopError(22, "Invalid method", null, null);
        }
        String method = params.get("method");
        if (method == null) {
            throw new TopError(21, "Missing method", null, null);
        }
        if (!Set.of(LIST, FULL_INFO, OFFLINE_SEND, REFUNDS).contains(method)) {
            throw new TopError(22, "Invalid method", null, null);
        }
        String appKey = params.get("app_key");
        if (appKey == null) {
            throw new TopError(28, "Missing app key", null, null);
        }
        if (!TaobaoSimulator.APP_KEY.equals(appKey)) {
            throw new TopError(29, "Invalid app Key", "isv.appkey-not-exists", "appkey not exists");
        }
        String timestamp = params.get("timestamp");
        if (timestamp == null) {
            throw new TopError(30, "Missing timestamp", null, null);
        }
        Instant sentAt;
        try {
            sentAt = LocalDateTime.parse(timestamp, TIME).atZone(GMT8).toInstant();
        } catch (DateTimeParseException e) {
            throw new TopError(31, "Invalid timestamp", null, "timestamp must be yyyy-MM-dd HH:mm:ss in GMT+8");
        }
        Instant now = now();
        if (Duration.between(sentAt, now).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
            throw new TopError(
                    31, "Invalid timestamp", null, "timestamp differs from the server time by more than 10 minutes");
        }
        String version = params.get("v");
        if (version == null) {
            throw new TopError(32, "Missing version", null, null);
        }
        if (!"2.0".equals(version)) {
            throw new TopError(34, "Unsupported version", null, null);
        }
        String format = params.getOrDefault("format", "xml");
        if (!"json".equals(format)) {
            throw new TopError(23, "Invalid format", null, "this simulator answers format=json only");
        }
        String sign = params.get("sign");
        if (sign == null) {
            throw new TopError(24, "Missing signature", null, null);
        }
        String signMethod = params.getOrDefault("sign_method", "md5");
        String expected = sign(params, TaobaoSimulator.APP_SECRET, signMethod);
        if (expected == null || !expected.equalsIgnoreCase(sign)) {
            throw new TopError(25, "Invalid signature", null, null);
        }
        String session = params.get("session");
        if (session == null) {
            throw new TopError(26, "Missing session", null, null);
        }
        if (!TaobaoSimulator.SESSION.equals(session)) {
            throw new TopError(27, "Invalid session", "invalid-sessionkey", "session key is invalid or expired");
        }
        if (!simulator.quota.tryTake(now)) {
            simulator.countThrottled();
            throw new TopError(
                    7,
                    "App Call Limited",
                    "accesscontrol.limited-by-app-access-count",
                    "This ban will last for " + simulator.quota.secondsUntilNextToken(now) + " more seconds");
        }
    }

    /** The simulator's own signer, written from TOP's rule rather than shared with the client. */
    private static String sign(Map<String, String> params, String secret, String signMethod) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> {
            if (!k.equals("sign") && !v.isEmpty()) {
                text.append(k).append(v);
            }
        });
        try {
            byte[] digest;
            if (signMethod.equals("md5")) {
                digest = MessageDigest.getInstance("MD5")
                        .digest((secret + text + secret).getBytes(StandardCharsets.UTF_8));
            } else if (signMethod.equals("hmac") || signMethod.equals("hmac-sha256")) {
                String algorithm = signMethod.equals("hmac") ? "HmacMD5" : "HmacSHA256";
                Mac mac = Mac.getInstance(algorithm);
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
                digest = mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8));
            } else {
                return null;
            }
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    // taobao.trades.sold.increment.get

    private ResponseDefinition list(Map<String, String> params) {
        Set<String> fields = fields(params);
        Instant start = time(params, "start_modified");
        Instant end = time(params, "end_modified");
        Instant now = now();
        if (end.isBefore(start)) {
            throw invalid("end_modified", "end_modified must not be before start_modified");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw invalid("end_modified", "start_modified and end_modified must be within one day");
        }
        if (start.isBefore(now.minus(HISTORY))) {
            throw invalid("start_modified", "start_modified must be within the last three months");
        }
        int pageNo = number(params, "page_no", 1);
        int pageSize = number(params, "page_size", 40);
        if (pageNo < 1) {
            throw invalid("page_no", "page_no must be at least 1");
        }
        if (pageSize < 1 || pageSize > 100) {
            throw invalid("page_size", "page_size must be between 1 and 100");
        }
        boolean useHasNext = "true".equals(params.get("use_has_next"));
        List<SimulatedTrade> matching = simulator.trades.values().stream()
                .filter(t -> !t.modified.isBefore(start) && !t.modified.isAfter(end))
                .filter(t -> t.listedFrom == null || !t.listedFrom.isAfter(now))
                .sorted(Comparator.comparing((SimulatedTrade t) -> t.modified)
                        .thenComparing(t -> t.tid)
                        .reversed())
                .toList();
        int from = (int) Math.min((long) (pageNo - 1) * pageSize, matching.size());
        int to = Math.min(from + pageSize, matching.size());
        ObjectNode body = json.createObjectNode();
        ObjectNode answer = body.putObject("trades_sold_increment_get_response");
        if (useHasNext) {
            answer.put("has_next", to < matching.size());
        } else {
            answer.put("total_results", matching.size());
        }
        ArrayNode trades = answer.putObject("trades").putArray("trade");
        for (SimulatedTrade trade : matching.subList(from, to)) {
            trades.add(tradeJson(trade, fields, true));
        }
        answer.put("request_id", requestId());
        return respond(body);
    }

    // taobao.refunds.receive.get

    /**
     * The refunds modified within the window, newest first, paged with {@code has_next}. UNCONFIRMED: TOP's
     * longest refunds window is not published; the simulator holds it to the three months of history only.
     */
    private ResponseDefinition refunds(Map<String, String> params) {
        Set<String> fields = fields(params);
        Instant start = time(params, "start_modified");
        Instant end = time(params, "end_modified");
        if (end.isBefore(start)) {
            throw invalid("end_modified", "end_modified must not be before start_modified");
        }
        if (start.isBefore(now().minus(HISTORY))) {
            throw invalid("start_modified", "start_modified must be within the last three months");
        }
        int pageNo = number(params, "page_no", 1);
        int pageSize = number(params, "page_size", 40);
        if (pageNo < 1 || pageSize < 1 || pageSize > 100) {
            throw invalid("page_size", "page_no is at least 1, page_size between 1 and 100");
        }
        List<TaobaoSimulator.Refund> matching = simulator.refunds.stream()
                .filter(r -> !r.modified().isBefore(start) && !r.modified().isAfter(end))
                .sorted(Comparator.comparing(TaobaoSimulator.Refund::modified)
                        .thenComparing(TaobaoSimulator.Refund::refundId)
                        .reversed())
                .toList();
        int from = (int) Math.min((long) (pageNo - 1) * pageSize, matching.size());
        int to = Math.min(from + pageSize, matching.size());
        ObjectNode body = json.createObjectNode();
        ObjectNode answer = body.putObject("refunds_receive_get_response");
        answer.put("has_next", to < matching.size());
        ArrayNode refunds = answer.putObject("refunds").putArray("refund");
        for (TaobaoSimulator.Refund r : matching.subList(from, to)) {
            ObjectNode refund = refunds.addObject()
                    .put("refund_id", Long.parseLong(r.refundId()))
                    .put("tid", Long.parseLong(r.tid()))
                    .put("oid", Long.parseLong(r.oid()))
                    .put("num", r.num())
                    .put("reason", r.reason())
                    .put("status", r.status())
                    .put("has_good_return", r.hasGoodReturn())
                    .put("modified", TIME.format(r.modified().atZone(GMT8)));
            refund.retain(fields);
        }
        answer.put("request_id", requestId());
        return respond(body);
    }

    // taobao.trade.fullinfo.get

    private ResponseDefinition fullInfo(Map<String, String> params) {
        Set<String> fields = fields(params);
        SimulatedTrade trade = simulator.find(required(params, "tid"));
        if (trade == null) {
            throw new TopError(15, "Remote service error", "isv.trade-not-exist", "交易不存在 (no such trade)");
        }
        ObjectNode body = json.createObjectNode();
        ObjectNode answer = body.putObject("trade_fullinfo_get_response");
        answer.set("trade", tradeJson(trade, fields, false));
        answer.put("request_id", requestId());
        return respond(body);
    }

    private ObjectNode tradeJson(SimulatedTrade trade, Set<String> fields, boolean listed) {
        Map<String, Object> values = new LinkedHashMap<>();
        TaobaoOrderGenerator.Recipient r = trade.recipient;
        values.put("tid", trade.tid);
        values.put("status", trade.status);
        values.put("created", TIME.format(trade.created.atZone(GMT8)));
        values.put(
                "modified",
                trade.malformation == TaobaoSimulator.Malformation.BAD_MODIFIED_TIME
                        ? "昨天"
                        : TIME.format(trade.modified.atZone(GMT8)));
        values.put("pay_time", trade.payTime == null ? null : TIME.format(trade.payTime.atZone(GMT8)));
        values.put("payment", money(trade.payment()));
        values.put("post_fee", money(trade.postFee));
        values.put("buyer_nick", trade.buyerNick);
        values.put("receiver_name", r.name());
        values.put("receiver_state", r.state());
        values.put("receiver_city", r.city());
        values.put("receiver_district", r.district());
        values.put("receiver_address", r.address());
        values.put("receiver_zip", r.zip());
        values.put("receiver_mobile", r.mobile());
        values.put("receiver_country", r.country());
        values.put("buyer_message", trade.buyerMessage);
        ObjectNode node = json.createObjectNode();
        values.forEach((name, value) -> {
            if (value == null || !fields.contains(name) || (listed && LIST_ONLY_WITHHELD.contains(name))) {
                return;
            }
            if (value instanceof Long number) {
                node.put(name, number);
            } else {
                node.put(name, value.toString());
            }
        });
        if (fields.contains("orders") || fields.stream().anyMatch(f -> f.startsWith("orders."))) {
            ArrayNode lines = node.putObject("orders").putArray("order");
            for (SimulatedTrade.Line line : trade.lines) {
                ObjectNode l = lines.addObject()
                        .put("oid", line.oid)
                        .put("num_iid", line.numIid)
                        .put("sku_id", Long.toString(line.skuId))
                        .put("title", line.title)
                        .put("num", line.num)
                        .put("price", money(line.price))
                        .put("payment", money(line.price.multiply(BigDecimal.valueOf(line.num))))
                        .put("status", lineStatus(trade, line))
                        .put("refund_status", line.refundStatus);
                if (line.outerSkuId != null) {
                    l.put("outer_sku_id", line.outerSkuId);
                }
            }
        }
        return node;
    }

    private static String lineStatus(SimulatedTrade trade, SimulatedTrade.Line line) {
        if (line.consigned && !SHIPPED.contains(trade.status)) {
            return "WAIT_BUYER_CONFIRM_GOODS";
        }
        return "SELLER_CONSIGNED_PART".equals(trade.status) ? "WAIT_SELLER_SEND_GOODS" : trade.status;
    }

    // taobao.logistics.offline.send

    private ResponseDefinition offlineSend(Map<String, String> params) {
        String tid = required(params, "tid");
        String outSid = required(params, "out_sid");
        String companyCode = required(params, "company_code");
        SimulatedTrade trade = simulator.find(tid);
        if (trade == null) {
            throw new TopError(15, "Remote service error", "isv.trade-not-exist", "交易不存在 (no such trade)");
        }
        boolean split = "1".equals(params.get("is_split")) || "true".equals(params.get("is_split"));
        List<SimulatedTrade.Line> lines = new ArrayList<>();
        if (split) {
            for (String oid : new LinkedHashSet<>(
                    Arrays.asList(required(params, "sub_tid").split(",")))) {
                SimulatedTrade.Line line;
                try {
                    line = trade.line(Long.parseLong(oid.strip()));
                } catch (NumberFormatException e) {
                    line = null;
                }
                if (line == null) {
                    throw invalid("sub_tid", "sub order " + oid + " does not belong to trade " + tid);
                }
                lines.add(line);
            }
        } else {
            lines.addAll(trade.lines);
        }
        if (SHIPPED.contains(trade.status) || (split && lines.stream().allMatch(l -> l.consigned))) {
            throw new TopError(
                    15,
                    "Remote service error",
                    TaobaoSimulator.ALREADY_SHIPPED_SUB_CODE,
                    TaobaoSimulator.ALREADY_SHIPPED_SUB_MSG);
        }
        if (trade.status.startsWith("TRADE_CLOSED")) {
            throw new TopError(
                    15,
                    "Remote service error",
                    "isv.logistics-offline-service-error:B01",
                    "交易已关闭，不能发货 (the trade is closed)");
        }
        if ("WAIT_BUYER_PAY".equals(trade.status)) {
            throw new TopError(
                    15,
                    "Remote service error",
                    "isv.logistics-offline-service-error:B02",
                    "买家未付款，不能发货 (the buyer has not paid)");
        }
        if ("PAID_FORBID_CONSIGN".equals(trade.status)
                || lines.stream()
                        .anyMatch(
                                l -> Set.of("WAIT_SELLER_AGREE", "WAIT_BUYER_RETURN_GOODS", "WAIT_SELLER_CONFIRM_GOODS")
                                        .contains(l.refundStatus))) {
            throw new TopError(
                    15,
                    "Remote service error",
                    "isv.logistics-offline-service-error:B27",
                    "订单有未完成的退款，不能发货 (a refund is open)");
        }
        lines.forEach(l -> l.consigned = true);
        trade.status = trade.allConsigned() ? "WAIT_BUYER_CONFIRM_GOODS" : "SELLER_CONSIGNED_PART";
        simulator.touch(trade);
        List<String> subTids =
                split ? lines.stream().map(l -> Long.toString(l.oid)).toList() : List.of();
        simulator
                .shipments
                .computeIfAbsent(tid, k -> new ArrayList<>())
                .add(new TaobaoSimulator.Shipment(tid, outSid, companyCode, split, subTids, now()));
        if (dropsAfterAccepting()) {
            return connectionReset();
        }
        ObjectNode body = json.createObjectNode();
        ObjectNode answer = body.putObject("logistics_offline_send_response");
        answer.putObject("shipping").put("is_success", true);
        answer.put("request_id", requestId());
        return respond(body);
    }

    // parameters

    private static Set<String> fields(Map<String, String> params) {
        Set<String> fields = new LinkedHashSet<>();
        for (String field : required(params, "fields").split(",")) {
            fields.add(field.strip());
        }
        return fields;
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new TopError(
                    40, "Missing required arguments:" + name, "isv.missing-parameter:" + name, name + " is required");
        }
        return value;
    }

    private static Instant time(Map<String, String> params, String name) {
        try {
            return LocalDateTime.parse(required(params, name), TIME)
                    .atZone(GMT8)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new TopError(
                    41,
                    "Invalid arguments:" + name,
                    "isv.invalid-parameter:" + name,
                    name + " must be yyyy-MM-dd HH:mm:ss");
        }
    }

    private static int number(Map<String, String> params, String name, int fallback) {
        String value = params.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(name, name + " must be a number");
        }
    }

    private static TopError invalid(String name, String message) {
        return new TopError(15, "Remote service error", "isv.invalid-parameter:" + name, message);
    }

    // answers

    private ResponseDefinition error(TopError e) {
        ObjectNode body = json.createObjectNode();
        ObjectNode error = body.putObject("error_response").put("code", e.code).put("msg", e.msg);
        if (e.subCode != null) {
            error.put("sub_code", e.subCode);
        }
        if (e.subMsg != null) {
            error.put("sub_msg", e.subMsg);
        }
        error.put("request_id", requestId());
        return respond(body);
    }

    @Override
    protected ResponseDefinition failure(int status) {
        return answer(status, "text/html", "<html>" + status + "</html>");
    }

    private static ResponseDefinition respond(ObjectNode body) {
        return answer(200, "application/json;charset=UTF-8", body.toString());
    }

    /** An answer TOP gives as {@code error_response}. */
    private static final class TopError extends RuntimeException {
        final int code;
        final String msg;
        final String subCode;
        final String subMsg;

        TopError(int code, String msg, String subCode, String subMsg) {
            super(msg, null, false, false);
            this.code = code;
            this.msg = msg;
            this.subCode = subCode;
            this.subMsg = subMsg;
        }
    }
}

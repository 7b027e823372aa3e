package io.junction.connectors.aliexpress;

import static io.junction.connectors.kit.JsonFields.amount;
import static io.junction.connectors.kit.JsonFields.excerpt;
import static io.junction.connectors.kit.JsonFields.id;
import static io.junction.connectors.kit.JsonFields.scalar;
import static io.junction.connectors.kit.JsonFields.text;
import static io.junction.connectors.kit.JsonFields.tree;

import io.junction.channel.Address;
import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.ReturnRequest;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.SyncWindow;
import io.junction.channel.TrackingChange;
import io.junction.connectors.aliexpress.dto.AliExpressError;
import io.junction.connectors.aliexpress.dto.AliExpressResponse;
import io.junction.connectors.aliexpress.dto.FulfillRequest;
import io.junction.connectors.aliexpress.dto.ModifyShipmentRequest;
import io.junction.connectors.aliexpress.dto.OrderQuery;
import io.junction.connectors.kit.JsonFields;
import io.junction.connectors.kit.MalformedPayload;
import io.junction.connectors.kit.OrderLines;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pure translation between AliExpress's payloads and the channel SPI: no I/O, no clock (the time
 * of a fetch is handed in).
 *
 * <p>The platform speaks US Pacific wall-clock time ({@code yyyy-MM-dd HH:mm:ss}, daylight saving
 * included) in queries and answers. An order that cannot be read becomes an
 * {@link OrderPage.MalformedOrder} with its raw JSON (list entry and detail); the rest of the page
 * is still translated.
 */
public class AliExpressTranslator {

    /** The modify call's refusal when the old number is not declared for the order (UNCONFIRMED code). */
    public static final String OLD_NUMBER_UNKNOWN = "LOGISTICS_NO_NOT_FOUND";

    /** The platform's date-time format, in {@link AliExpressProperties#platformZone()}. */
    public static final DateTimeFormatter WALL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** The names a child order's id goes by, in the order they are read. */
    private static final List<String> CHILD_ORDER_ID_FIELDS = List.of("id", "child_order_id", "child_id");

    private final AliExpressProperties properties;
    private final JsonMapper json;

    public AliExpressTranslator(AliExpressProperties properties) {
        this.properties = properties;
        this.json = JsonMapper.builder().build();
    }

    // windows

    /** One slice of a sync window, whole seconds, both ends inclusive. */
    public record Slice(Instant from, Instant to) {}

    /** The slice of {@code window} that starts at {@code start}: at most the slice length long. */
    public Slice slice(SyncWindow window, Instant start) {
        Instant end = window.to().truncatedTo(ChronoUnit.SECONDS);
        Instant from = start.truncatedTo(ChronoUnit.SECONDS);
        Instant sliceEnd = from.plus(properties.sliceLength()).minusSeconds(1);
        return new Slice(from, sliceEnd.isBefore(end) ? sliceEnd : end);
    }

    /** Where the slice after {@code slice} starts, or empty when it was the window's last. */
    public Optional<Instant> nextSliceStart(SyncWindow window, Slice slice) {
        Instant end = window.to().truncatedTo(ChronoUnit.SECONDS);
        return slice.to().isBefore(end) ? Optional.of(slice.to().plusSeconds(1)) : Optional.empty();
    }

    /**
     * The list query for one page of {@code slice}, in Pacific wall time. When the slice crosses the
     * autumn change (01:00–02:00 happens twice), the wall window is widened to the whole repeated
     * hour: an order modified in either 01:30 is then found, at the price of a few orders read twice.
     */
    public OrderQuery orderQuery(Slice slice, int page) {
        ZoneId zone = properties.platformZone();
        LocalDateTime start = LocalDateTime.ofInstant(slice.from(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(slice.to(), zone);
        ZoneRules rules = zone.getRules();
        for (ZoneOffsetTransition t = rules.nextTransition(slice.from());
                t != null && !t.getInstant().isAfter(slice.to());
                t = rules.nextTransition(t.getInstant())) {
            if (t.isOverlap()) {
                start = min(start, t.getDateTimeAfter());
                end = max(end, t.getDateTimeBefore().minusSeconds(1));
            }
        }
        return new OrderQuery(
                WALL_TIME.format(start),
                WALL_TIME.format(end),
                properties.calls().pageSize(),
                page);
    }

    /** {@code param0} of {@code aliexpress.solution.order.get}. */
    public String param0(OrderQuery query) {
        return json.writeValueAsString(query);
    }

    /** {@code param1} of {@code aliexpress.solution.order.info.get}. */
    public String param1(String orderId) {
        return json.createObjectNode().put("order_id", orderId).toString();
    }

    // aliexpress.solution.order.get

    /** One page of the (thin) order list. */
    public record OrderList(int totalCount, int totalPage, List<JsonNode> orders) {
        public OrderList {
            orders = List.copyOf(orders);
        }
    }

    /**
     * The list a successful {@code aliexpress.solution.order.get} answer carries.
     *
     * @throws ChannelException when the answer is an error or not a readable page at all
     */
    public OrderList orderList(AliExpressResponse response) {
        JsonNode result = successResult(response, AliExpressClient.ORDER_LIST);
        if (result.has("success") && !result.path("success").asBoolean(false)) {
            throw new ChannelException(
                    ChannelException.Kind.INVALID_REQUEST,
                    AliExpressClient.ORDER_LIST + " failed: " + text(result.path("error_code")) + " "
                            + text(result.path("error_message")));
        }
        List<JsonNode> orders = new ArrayList<>();
        JsonNode list = unwrap(result.path("target_list"), "order_dto");
        list.forEach(orders::add);
        int totalCount = result.path("total_count").asInt(orders.size());
        int totalPage = result.path("total_page").asInt(totalCount == 0 ? 0 : 1);
        return new OrderList(totalCount, totalPage, orders);
    }

    /** The {@code order_id} of a listed order, or null when it has none. */
    public String orderId(JsonNode listed) {
        return id(listed.path("order_id"));
    }

    /**
     * Whether an {@code order.info.get} answer failed for a passing reason (throttled past every
     * retry, 5xx, the platform's own failure): the page is then read again later, as a whole.
     */
    public boolean failedForNow(AliExpressResponse response) {
        if (response.status() >= 500) {
            return true;
        }
        return error(response.body())
                .map(e -> e.platformSide() || properties.throttleCode().equals(e.code()))
                .orElse(false);
    }

    /**
     * The page of orders: each listed order completed with its {@code order.info.get} answer.
     *
     * @param details the detail answer per order id; a missing or refused detail makes that order
     *     malformed
     * @param fetchedAt when the list was read ({@code left_send_good_*} count from then)
     */
    public OrderPage orderPage(
            List<JsonNode> listed, Map<String, AliExpressResponse> details, Instant fetchedAt, String nextPageToken) {
        List<ChannelOrder> good = new ArrayList<>();
        List<OrderPage.MalformedOrder> malformed = new ArrayList<>();
        for (JsonNode node : listed) {
            String orderId = orderId(node);
            AliExpressResponse detailAnswer = orderId == null ? null : details.get(orderId);
            JsonNode detail = null;
            try {
                if (orderId == null) {
                    throw new MalformedPayload("missing order_id");
                }
                detail = detail(detailAnswer);
                good.add(order(node, detail, fetchedAt));
            } catch (MalformedPayload e) {
                String raw = node.toString();
                if (detail != null) {
                    ObjectNode both = json.createObjectNode();
                    both.set("list", node);
                    both.set("detail", detail);
                    raw = both.toString();
                }
                malformed.add(new OrderPage.MalformedOrder(orderId, e.getMessage(), raw));
            }
        }
        return new OrderPage(good, malformed, nextPageToken);
    }

    // one order again: aliexpress.solution.order.info.get alone

    /**
     * Fields of the list entry that {@code order.info.get} carries under other names (UNCONFIRMED:
     * the simulator answers {@code gmt_modified} and {@code order_amount}); the list's own names are
     * read first, the detail's second.
     */
    private static final Map<String, List<String>> LIST_FIELDS_IN_DETAIL = Map.ofEntries(
            Map.entry("order_id", List.of("order_id", "id")),
            Map.entry("order_status", List.of("order_status")),
            Map.entry("fund_status", List.of("fund_status")),
            Map.entry("issue_status", List.of("issue_status")),
            Map.entry("frozen_status", List.of("frozen_status")),
            Map.entry("logistics_status", List.of("logistics_status")),
            Map.entry("gmt_create", List.of("gmt_create")),
            Map.entry("gmt_update", List.of("gmt_update", "gmt_modified")),
            Map.entry("pay_amount", List.of("pay_amount", "order_amount")),
            Map.entry("buyer_signer_fullname", List.of("buyer_signer_fullname")));

    /**
     * The page of one order read again with {@code order.info.get} alone (no list entry exists for
     * one order): the list entry's fields are taken from the detail, so the order reads as the list
     * path reads it, except that it has no ship-by (only the list tells {@code left_send_good_day}).
     * A detail that cannot be read, or that AliExpress refuses for this order, is malformed with its
     * raw JSON; the settings' {@code orderNotFoundCode} is an empty page.
     *
     * @throws ChannelException when AliExpress refused the call itself (a gateway error, 5xx) or
     *     answered no {@code result}
     */
    public OrderPage fetchedOrder(String orderId, AliExpressResponse response, Instant fetchedAt) {
        JsonNode result = successResult(response, AliExpressClient.ORDER_INFO);
        if (result.has("success")
                && !result.path("success").asBoolean(false)
                && properties.orderNotFoundCode().equals(scalar(result.path("error_code")))) {
            return new OrderPage(List.of(), List.of(), null);
        }
        JsonNode data = result.path("data");
        try {
            JsonNode detail = detail(response);
            ObjectNode listed = json.createObjectNode();
            LIST_FIELDS_IN_DETAIL.forEach((field, names) -> names.stream()
                    .map(detail::get)
                    .filter(value -> value != null && !value.isNull())
                    .findFirst()
                    .ifPresent(value -> listed.set(field, value)));
            if (orderId(listed) == null) {
                listed.put("order_id", orderId);
            }
            return new OrderPage(List.of(order(listed, detail, fetchedAt)), List.of(), null);
        } catch (MalformedPayload e) {
            String raw = data.isObject() ? data.toString() : result.toString();
            return new OrderPage(List.of(), List.of(new OrderPage.MalformedOrder(orderId, e.getMessage(), raw)), null);
        }
    }

    /**
     * What a failed read means for the sync; the message carries AliExpress's code, message and
     * request id, never a credential.
     */
    public ChannelException readFailure(String method, AliExpressResponse response) {
        Optional<AliExpressError> error = error(response.body());
        ChannelException.Kind kind;
        if (error.isPresent() && properties.throttleCode().equals(error.get().code())) {
            kind = ChannelException.Kind.THROTTLED;
        } else if (response.status() >= 500
                || error.map(AliExpressError::platformSide).orElse(false)) {
            kind = ChannelException.Kind.UNAVAILABLE;
        } else if (error.isPresent() && isAuthError(error.get().code())) {
            kind = ChannelException.Kind.UNAUTHORIZED;
        } else if (error.isPresent() || (response.status() >= 400 && response.status() < 500)) {
            kind = ChannelException.Kind.INVALID_REQUEST;
        } else {
            kind = ChannelException.Kind.UNAVAILABLE;
        }
        return new ChannelException(kind, method + " answered " + response.status() + " " + describe(response));
    }

    // aliexpress.issue.issuelist.get and aliexpress.issue.detail.get

    /** The largest {@code query_dto.page_size} of the issue list: its documentation asks for at most 50. */
    public static final int MAX_ISSUE_PAGE_SIZE = 50;

    /** The issue list's status of a dispute the buyer withdrew: it sends nothing back. */
    static final String CANCELED_ISSUE = "canceled_issue";

    /** A solution's {@code solution_type} by which goods are sent back (the other documented one is refund). */
    static final String RETURN_AND_REFUND = "return_and_refund";

    /**
     * Solution statuses that no longer stand: the buyer refused it, or a reached solution was replaced. A
     * return solution in one of them does not make a return request.
     */
    static final Set<String> FALLEN_SOLUTIONS =
            Set.of("buyer_refused", "seller_accept_and_buyer_refused", "reach_cancle");

    /** One dispute as the issue list names it. */
    public record Issue(
            String issueId,
            String orderId,
            String childOrderId,
            String buyerLoginId,
            String status,
            String reason,
            Instant modifiedAt) {}

    /** One page of the issue list; {@code totalItem} counts every page's issues. */
    public record IssueList(int totalItem, List<Issue> issues, List<String> unreadable) {
        public IssueList {
            issues = List.copyOf(issues);
            unreadable = List.copyOf(unreadable);
        }

        /** Whether the page held no dispute at all, readable or not: the list has ended. */
        public boolean isEmpty() {
            return issues.isEmpty() && unreadable.isEmpty();
        }
    }

    /** {@code query_dto} of {@code aliexpress.issue.issuelist.get}: one page of every dispute, whatever its status. */
    public String issueQuery(int page) {
        return json.createObjectNode()
                .put("current_page", page)
                .put("page_size", issuePageSize())
                .toString();
    }

    /** The issue list's page size: the configured page size, at most {@link #MAX_ISSUE_PAGE_SIZE}. */
    public int issuePageSize() {
        return Math.min(properties.calls().pageSize(), MAX_ISSUE_PAGE_SIZE);
    }

    /**
     * The disputes one issue-list answer carries. Field names are read in snake_case (the IOP SDKs' names) or
     * camelCase; the page may sit in the method's envelope itself or in its {@code result}, and
     * {@code data_list} may be a bare array or an object holding one (TOP style).
     *
     * <p>The platform's order ids: {@code parent_order_id} is the order (its documentation calls it the parent
     * order in the detail, the child order in the list: UNCONFIRMED which), {@code order_id} the child order.
     * Without a parent id, {@code order_id} is the order and no line is named.
     *
     * <p>A dispute that cannot be read (no ids, a time that is not one) is named in {@code unreadable} and the
     * rest of the page is read: the list has no time filter, so every sync reads the whole history, and one bad
     * entry must not stop the shop's return requests for good.
     *
     * @throws ChannelException when the answer is an error or not an issue list
     */
    public IssueList issueList(AliExpressResponse response) {
        JsonNode page =
                successPage(response, AliExpressClient.ISSUE_LIST, "data_list", "dataList", "total_item", "totalItem");
        JsonNode list = field(page, "data_list", "dataList");
        List<Issue> issues = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (JsonNode node : elements(list)) {
            try {
                issues.add(issue(node));
            } catch (ChannelException | NumberFormatException e) {
                unreadable.add(e.getMessage());
            }
        }
        JsonNode total = field(page, "total_item", "totalItem");
        int read = issues.size() + unreadable.size();
        int totalItem = total.isMissingNode() || total.isNull() ? read : total.asInt(read);
        return new IssueList(totalItem, issues, unreadable);
    }

    /** One entry of the issue list. */
    private Issue issue(JsonNode node) {
        String issueId = id(field(node, "issue_id", "issueId"));
        String orderId = id(field(node, "order_id", "orderId"));
        String parentId = id(field(node, "parent_order_id", "parentOrderId"));
        if (issueId == null || (orderId == null && parentId == null)) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE,
                    AliExpressClient.ISSUE_LIST + " answer has an issue without ids: " + excerpt(node.toString()));
        }
        String order = parentId != null ? parentId : orderId;
        String child = parentId != null && orderId != null && !orderId.equals(parentId) ? orderId : null;
        String reason = text(field(node, "reason_english", "reasonEnglish"));
        if (reason == null) {
            reason = text(field(node, "reason_chinese", "reasonChinese"));
        }
        return new Issue(
                issueId,
                order,
                child,
                text(field(node, "buyer_login_id", "buyerLoginId")),
                text(field(node, "issue_status", "issueStatus")),
                reason,
                issueTime(field(node, "gmt_modified", "gmtModified")));
    }

    /**
     * The return request a dispute is, from its {@code aliexpress.issue.detail.get} answer: one whose buyer's,
     * seller's or platform's solutions include a standing {@code return_and_refund}, or for which the buyer
     * already sent goods back ({@code buyer_return_no}); empty for a refund without a return. The detail's
     * {@code issue_reason} stands in when the list gave no reason.
     *
     * @throws ChannelException when the answer is an error or carries no dispute
     */
    public Optional<ReturnRequest> returnRequest(Issue issue, AliExpressResponse detail) {
        if (CANCELED_ISSUE.equalsIgnoreCase(issue.status())) {
            return Optional.empty();
        }
        JsonNode dispute = issueDetail(detail);
        if (CANCELED_ISSUE.equalsIgnoreCase(text(field(dispute, "issue_status", "issueStatus")))) {
            return Optional.empty();
        }
        boolean returned = text(field(dispute, "buyer_return_no", "buyerReturnNo")) != null;
        for (String[] names : List.of(
                new String[] {"buyer_solution_list", "buyerSolutionList"},
                new String[] {"seller_solution_list", "sellerSolutionList"},
                new String[] {"platform_solution_list", "platformSolutionList"})) {
            for (JsonNode solution : elements(field(dispute, names[0], names[1]))) {
                String type = text(field(solution, "solution_type", "solutionType"));
                String status = text(field(solution, "status", "status"));
                if (RETURN_AND_REFUND.equalsIgnoreCase(type)
                        && (status == null || !FALLEN_SOLUTIONS.contains(status.toLowerCase(Locale.ROOT)))) {
                    returned = true;
                }
            }
        }
        if (!returned) {
            return Optional.empty();
        }
        String reason = issue.reason() != null ? issue.reason() : text(field(dispute, "issue_reason", "issueReason"));
        return Optional.of(new ReturnRequest(
                issue.issueId(), issue.orderId(), issue.childOrderId(), 0, reason, issue.modifiedAt()));
    }

    /**
     * The dispute of a detail answer: {@code result_object} (the IOP SDK's name), {@code resultObject} or
     * {@code result}, itself or its {@code data}.
     */
    private JsonNode issueDetail(AliExpressResponse response) {
        String method = AliExpressClient.ISSUE_DETAIL;
        JsonNode envelope = successEnvelope(response, method);
        JsonNode dispute = field(envelope, "result_object", "resultObject");
        if (!dispute.isObject()) {
            dispute = envelope.path("result");
        }
        if (dispute.isObject()
                && dispute.has("success")
                && !dispute.path("success").asBoolean(false)) {
            throw new ChannelException(
                    ChannelException.Kind.INVALID_REQUEST,
                    method + " failed: " + scalar(field(dispute, "error_code", "errorCode")) + " "
                            + text(field(dispute, "error_message", "errorMessage")));
        }
        if (dispute.isObject() && dispute.path("data").isObject()) {
            dispute = dispute.path("data");
        }
        if (!dispute.isObject()) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, method + " answer carries no dispute");
        }
        return dispute;
    }

    /** The method's envelope ({@code <method>_response}) of a success answer, or the read failure it is. */
    private JsonNode successEnvelope(AliExpressResponse response, String method) {
        if (error(response.body()).isPresent() || !response.isHttpSuccess()) {
            throw readFailure(method, response);
        }
        JsonNode root = tree(json, response.body());
        if (root == null) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, method + " answered unreadable JSON");
        }
        JsonNode envelope = root.path(envelope(method));
        if (!envelope.isObject()) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE, method + " answer has no '" + envelope(method) + "'");
        }
        return envelope;
    }

    /** The object holding a page: the envelope itself, or its {@code result} when the page sits there. */
    private JsonNode successPage(AliExpressResponse response, String method, String... pageFields) {
        JsonNode envelope = successEnvelope(response, method);
        JsonNode result = envelope.path("result");
        if (result.isObject()) {
            if (result.has("success") && !result.path("success").asBoolean(false)) {
                throw new ChannelException(
                        ChannelException.Kind.INVALID_REQUEST,
                        method + " failed: " + scalar(field(result, "error_code", "errorCode")) + " "
                                + text(field(result, "error_message", "errorMessage")));
            }
            for (String name : pageFields) {
                if (result.has(name)) {
                    return result;
                }
            }
        }
        return envelope;
    }

    /** A dispute time: Pacific wall time ({@code yyyy-MM-dd HH:mm:ss}) or epoch milliseconds; null when absent. */
    private Instant issueTime(JsonNode node) {
        if (node.isIntegralNumber()) {
            return Instant.ofEpochMilli(node.longValue());
        }
        String value = text(node);
        if (value != null && value.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(value));
        }
        try {
            return JsonFields.instant(
                    node,
                    "gmt_modified",
                    false,
                    v -> LocalDateTime.parse(v, WALL_TIME)
                            .atZone(properties.platformZone())
                            .toInstant(),
                    "a 'yyyy-MM-dd HH:mm:ss' time");
        } catch (MalformedPayload e) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE, AliExpressClient.ISSUE_LIST + " answer: " + e.getMessage());
        }
    }

    /** The first of a field's names the node has (snake_case, then camelCase); missing when it has neither. */
    private static JsonNode field(JsonNode node, String snake, String camel) {
        JsonNode value = node.path(snake);
        return value.isMissingNode() || value.isNull() ? node.path(camel) : value;
    }

    /** A list as the gateway sends it: a bare array, or an object holding one array (TOP style); else empty. */
    private static List<JsonNode> elements(JsonNode list) {
        JsonNode array = list;
        if (list.isObject()) {
            array = null;
            for (JsonNode child : list.values()) {
                if (child.isArray()) {
                    array = child;
                    break;
                }
            }
        }
        List<JsonNode> elements = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(elements::add);
        }
        return elements;
    }

    // aliexpress.solution.order.fulfill

    /** The declaration of one package: {@code send_type} is {@code part} for a split shipment. */
    public FulfillRequest fulfillRequest(ShipmentConfirmation confirmation) {
        String description = "Junction package " + confirmation.packageReference()
                + (confirmation.shippingMethod() == null ? "" : ", " + confirmation.shippingMethod());
        String website = "OTHER".equalsIgnoreCase(confirmation.carrierCode()) ? confirmation.carrierName() : null;
        return new FulfillRequest(
                confirmation.carrierCode(),
                website,
                confirmation.platformOrderId(),
                confirmation.wholeOrder() ? "all" : "part",
                confirmation.trackingNumber(),
                description);
    }

    /**
     * What a {@code fulfill} answer means: {@code result_success} and "already shipped" are
     * successes; throttling, 5xx and the platform's own failures that outlasted the client's retries
     * are unknown (the write-back retries later, safely, since a repeat answers "already shipped");
     * any other answer is a rejection with AliExpress's code and reason.
     */
    public RemoteOutcome<Void> fulfillOutcome(AliExpressResponse response) {
        return writeOutcome(AliExpressClient.FULFILL, response, true);
    }

    // aliexpress.logistics.sellermodifiedshipmentfortop

    /**
     * Why AliExpress would refuse this edit under its limits (at most {@code maxShipmentEdits}
     * edits, within {@code shipmentEditPeriod} of the first declaration), or empty when it is allowed.
     */
    public Optional<String> changeRefusal(TrackingChange change, Instant now) {
        if (change.changesSoFar() >= properties.maxShipmentEdits()) {
            return Optional.of("the tracking number of order " + change.platformOrderId() + " was already modified "
                    + change.changesSoFar() + " times; AliExpress allows " + properties.maxShipmentEdits());
        }
        Instant deadline = change.firstDeclaredAt().plus(properties.shipmentEditPeriod());
        if (now.isAfter(deadline)) {
            return Optional.of("the shipment of order " + change.platformOrderId() + " was first declared at "
                    + change.firstDeclaredAt() + "; AliExpress allows edits for "
                    + properties.shipmentEditPeriod().toDays() + " days, until " + deadline);
        }
        return Optional.empty();
    }

    /**
     * The parameters of the edit: the carrier codes are AliExpress logistics service keys; a change
     * that keeps its carrier ({@code newCarrierCode} null) declares the old service again.
     */
    public ModifyShipmentRequest modifyRequest(TrackingChange change) {
        String newService = change.newCarrierCode() == null ? change.oldCarrierCode() : change.newCarrierCode();
        return new ModifyShipmentRequest(
                change.oldCarrierCode(),
                change.oldTrackingNumber(),
                newService,
                change.newTrackingNumber(),
                null,
                change.platformOrderId(),
                change.wholeOrder() ? "all" : "part",
                "Tracking number corrected by Junction");
    }

    /**
     * The tracking numbers declared for an order, from its {@code order.info.get} answer
     * ({@code logistic_info_list.global_aeop_tp_logistic_info_dto[].logistics_no}, UNCONFIRMED names).
     *
     * @throws ChannelException when the answer is an error or has no result
     */
    public Set<String> declaredTrackingNumbers(AliExpressResponse response) {
        JsonNode data = successResult(response, AliExpressClient.ORDER_INFO).path("data");
        Set<String> numbers = new LinkedHashSet<>();
        for (JsonNode logistics : data.path("logistic_info_list").path("global_aeop_tp_logistic_info_dto")) {
            String number = text(logistics.path("logistics_no"));
            if (number != null) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** What an edit's answer means; unlike a declaration, a refusal is never a success. */
    public RemoteOutcome<Void> modifyOutcome(AliExpressResponse response) {
        return writeOutcome(AliExpressClient.MODIFY_SHIPMENT, response, false);
    }

    // errors

    /** The gateway error of a body, or empty when it is not one. */
    public Optional<AliExpressError> error(String body) {
        JsonNode root = tree(json, body);
        JsonNode error = root == null ? null : root.get("error_response");
        if (error == null || !error.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new AliExpressError(
                text(error.path("type")),
                scalar(error.path("code")),
                text(error.path("msg")),
                text(error.path("sub_code")),
                text(error.path("sub_msg")),
                text(error.path("request_id"))));
    }

    private RemoteOutcome<Void> writeOutcome(
            String method, AliExpressResponse response, boolean alreadyShippedIsSuccess) {
        Optional<AliExpressError> error = error(response.body());
        if (error.isPresent()) {
            AliExpressError e = error.get();
            if (properties.throttleCode().equals(e.code()) || e.platformSide() || response.status() >= 500) {
                return RemoteOutcome.unknown("AliExpress answered " + describe(response) + "; not confirmed yet");
            }
            return RemoteOutcome.rejected(e.code(), message(e));
        }
        if (response.status() >= 500) {
            return RemoteOutcome.unknown("AliExpress answered HTTP " + response.status() + "; not confirmed yet");
        }
        JsonNode root = tree(json, response.body());
        JsonNode result = root == null ? null : root.path(envelope(method)).path("result");
        if (!response.isHttpSuccess() || result == null || !result.isObject()) {
            if (!response.isHttpSuccess()) {
                return RemoteOutcome.rejected("HTTP " + response.status(), describe(response));
            }
            return RemoteOutcome.unknown(method + " answered something we cannot read: " + excerpt(response.body()));
        }
        if (result.path("result_success").asBoolean(false)) {
            return RemoteOutcome.succeeded(null);
        }
        String code = text(result.path("result_error_code"));
        String desc = text(result.path("result_error_desc"));
        if (alreadyShippedIsSuccess && saysAlreadyShipped(code, desc)) {
            return RemoteOutcome.succeeded(null);
        }
        return RemoteOutcome.rejected(
                code == null ? "result_success=false" : code,
                (desc == null ? "(no description)" : desc)
                        + requestIdSuffix(text(root.path(envelope(method)).path("request_id"))));
    }

    private boolean saysAlreadyShipped(String code, String desc) {
        String text = ((code == null ? "" : code) + " " + (desc == null ? "" : desc)).toLowerCase(Locale.ROOT);
        // the simulator answers result_error_code ORDER_ALREADY_SHIPPED, "The order has already been shipped."
        return properties.alreadyShippedPhrases().stream().anyMatch(text::contains);
    }

    private static boolean isAuthError(String code) {
        return code != null
                && (code.equals("IncompleteSignature")
                        || code.equals("IllegalAccessToken")
                        || code.equals("InvalidAppKey")
                        || code.equals("AppWhiteIpLimit")
                        || code.equals("InsufficientPermission"));
    }

    private String describe(AliExpressResponse response) {
        Optional<AliExpressError> error = error(response.body());
        if (error.isPresent()) {
            return error.get().code() + ": " + message(error.get());
        }
        return excerpt(response.body());
    }

    private static String message(AliExpressError e) {
        String message = e.msg() == null ? "(no message)" : e.msg();
        if (e.subCode() != null || e.subMsg() != null) {
            message += " (" + (e.subCode() == null ? "" : e.subCode() + ": ") + (e.subMsg() == null ? "" : e.subMsg())
                    + ")";
        }
        return message + requestIdSuffix(e.requestId());
    }

    private static String requestIdSuffix(String requestId) {
        return requestId == null ? "" : " [request_id " + requestId + "]";
    }

    // one order

    /** The {@code result} of a success envelope, or the read failure it is. */
    private JsonNode successResult(AliExpressResponse response, String method) {
        if (error(response.body()).isPresent() || !response.isHttpSuccess()) {
            throw readFailure(method, response);
        }
        JsonNode root = tree(json, response.body());
        if (root == null) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, method + " answered unreadable JSON");
        }
        JsonNode result = root.path(envelope(method)).path("result");
        if (!result.isObject()) {
            throw new ChannelException(
                    ChannelException.Kind.UNAVAILABLE, method + " answer has no '" + envelope(method) + ".result'");
        }
        return result;
    }

    private JsonNode detail(AliExpressResponse answer) {
        if (answer == null) {
            throw new MalformedPayload("no order.info.get answer");
        }
        Optional<AliExpressError> error = error(answer.body());
        if (error.isPresent()) {
            throw new MalformedPayload("order.info.get refused: " + error.get().code() + " " + message(error.get()));
        }
        JsonNode root = tree(json, answer.body());
        JsonNode result = root == null
                ? null
                : root.path(envelope(AliExpressClient.ORDER_INFO)).path("result");
        if (result == null || !result.isObject()) {
            throw new MalformedPayload("order.info.get answer has no result");
        }
        if (result.has("success") && !result.path("success").asBoolean(false)) {
            throw new MalformedPayload("order.info.get failed: " + text(result.path("error_code")) + " "
                    + text(result.path("error_message")));
        }
        JsonNode data = result.path("data");
        if (!data.isObject()) {
            throw new MalformedPayload("order.info.get answer has no result.data");
        }
        return data;
    }

    private ChannelOrder order(JsonNode node, JsonNode detail, Instant fetchedAt) {
        JsonFields.requireObject(node, "order");
        String orderId = orderId(node);
        String statusText = JsonFields.present(text(node.path("order_status")), "order_status");
        AliExpressStatus status = AliExpressStatus.of(statusText)
                .orElseThrow(() -> new MalformedPayload("unknown order_status '" + statusText + "'"));
        PlatformState state = status.state(
                text(node.path("fund_status")),
                text(node.path("issue_status")),
                text(node.path("frozen_status")),
                text(node.path("logistics_status")));
        Instant created = instant(node.path("gmt_create"), "gmt_create", true);
        Instant updated = instant(node.path("gmt_update"), "gmt_update", false);
        if (updated == null) {
            updated = created;
        }
        List<ChannelOrder.Line> lines = lines(detail, node);
        JsonNode payAmount = node.path("pay_amount");
        BigDecimal total = amount(payAmount, "pay_amount");
        String currency = text(payAmount.path("currency_code"));
        if (total == null) {
            total = OrderLines.total(lines);
        }
        JsonNode receipt = detail.path("receipt_address");
        Address shipTo = address(receipt);
        String buyerName = text(node.path("buyer_signer_fullname"));
        if (buyerName == null && shipTo != null) {
            buyerName = shipTo.name();
        }
        Instant shipBy = state == PlatformState.READY_TO_SHIP ? shipBy(node, fetchedAt) : null;
        String note = text(detail.path("memo"));
        if (note == null) {
            note = text(node.path("memo"));
        }
        return new ChannelOrder(
                orderId,
                statusText,
                state,
                null,
                created,
                updated,
                buyerName,
                shipTo,
                currency,
                total,
                shipBy,
                lines,
                note);
    }

    /** The full child orders of the detail; the list's thin product list when the detail has none. */
    private List<ChannelOrder.Line> lines(JsonNode detail, JsonNode listed) {
        JsonNode children = unwrap(detail.path("child_order_list"), "global_aeop_tp_child_order_dto");
        boolean fromDetail = children.isArray() && !children.isEmpty();
        JsonNode items = fromDetail ? children : unwrap(listed.path("product_list"), "order_product_dto");
        if (!items.isArray() || items.isEmpty()) {
            throw new MalformedPayload("no child orders");
        }
        List<ChannelOrder.Line> lines = new ArrayList<>();
        for (JsonNode item : items) {
            String lineId = childOrderId(item);
            JsonNode count = item.path("product_count");
            if (!count.isIntegralNumber() || !count.canConvertToInt() || count.intValue() <= 0) {
                throw new MalformedPayload("child order " + lineId + ": product_count " + count + " is not positive");
            }
            String sku = text(item.path("sku_code"));
            if (sku == null) {
                throw new MalformedPayload("child order " + lineId + ": missing sku_code");
            }
            BigDecimal price = amount(
                    item.path(fromDetail ? "product_price" : "product_unit_price"), "child order " + lineId + " price");
            lines.add(new ChannelOrder.Line(lineId, sku, text(item.path("product_name")), count.intValue(), price));
        }
        return lines;
    }

    /**
     * A child order's id, whichever of its names the platform sent: the SDK's
     * {@code global_aeop_tp_child_order_dto} documents both {@code id} and {@code child_order_id}, the list's
     * {@code order_product_dto} has {@code child_id}. Where several are present they must name the same
     * child order, or which line a shipment declares would be a guess.
     */
    private static String childOrderId(JsonNode item) {
        String found = null;
        String foundIn = null;
        for (String field : CHILD_ORDER_ID_FIELDS) {
            String value = id(item.path(field));
            if (value == null) {
                continue;
            }
            if (found != null && !found.equals(value)) {
                throw new MalformedPayload(
                        "a child order's ids disagree: " + foundIn + " " + found + ", " + field + " " + value);
            }
            found = value;
            foundIn = field;
        }
        if (found == null) {
            throw new MalformedPayload(
                    "a child order has no id (none of " + String.join(", ", CHILD_ORDER_ID_FIELDS) + ")");
        }
        return found;
    }

    /**
     * The ship-by deadline: {@code left_send_good_day} (plus {@code _hour} and {@code _min} when
     * present) counted from when the list was read, to the minute.
     */
    private static Instant shipBy(JsonNode node, Instant fetchedAt) {
        JsonNode days = node.path("left_send_good_day");
        if (days.isMissingNode() || days.isNull()) {
            return null;
        }
        long d = number(days, "left_send_good_day");
        long h = node.has("left_send_good_hour") ? number(node.path("left_send_good_hour"), "left_send_good_hour") : 0;
        long m = node.has("left_send_good_min") ? number(node.path("left_send_good_min"), "left_send_good_min") : 0;
        return fetchedAt.plus(Duration.ofDays(d).plusHours(h).plusMinutes(m)).truncatedTo(ChronoUnit.MINUTES);
    }

    private static long number(JsonNode node, String field) {
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        try {
            return Long.parseLong(node.asString("").strip());
        } catch (NumberFormatException e) {
            throw new MalformedPayload(field + " '" + node + "' is not a number");
        }
    }

    private static Address address(JsonNode address) {
        if (!address.isObject()) {
            return null;
        }
        String line1 = text(address.path("detail_address"));
        if (line1 == null) {
            line1 = text(address.path("address"));
        }
        String phone = text(address.path("mobile_no"));
        if (phone == null) {
            phone = text(address.path("phone_number"));
        }
        String phoneCountry = text(address.path("phone_country"));
        if (phone != null && phoneCountry != null) {
            phone = "+" + phoneCountry.replace("+", "") + " " + phone;
        }
        return new Address(
                text(address.path("contact_person")),
                null,
                line1,
                text(address.path("address2")),
                text(address.path("city")),
                text(address.path("province")),
                text(address.path("zip")),
                text(address.path("country")),
                phone);
    }

    private Instant instant(JsonNode node, String field, boolean required) {
        // In the repeated autumn hour the earlier (daylight) offset is taken.
        return JsonFields.instant(
                node,
                field,
                required,
                value -> LocalDateTime.parse(value, WALL_TIME)
                        .atZone(properties.platformZone())
                        .toInstant(),
                "a 'yyyy-MM-dd HH:mm:ss' time");
    }

    /** A TOP-style wrapped list ({@code {"order_dto":[…]}}); a bare array is accepted too. */
    private static JsonNode unwrap(JsonNode wrapper, String element) {
        if (wrapper.isArray()) {
            return wrapper;
        }
        return wrapper.path(element);
    }

    private static String envelope(String method) {
        return method.replace('.', '_') + "_response";
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}

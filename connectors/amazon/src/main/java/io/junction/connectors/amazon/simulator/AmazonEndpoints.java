package io.junction.connectors.amazon.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.junction.simulator.SimulatorEndpoints;
import io.junction.simulator.TokenBucket;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's HTTP face: a WireMock transformer that answers every request from the
 * simulator's state, the way Amazon would (paths, rules, headers, error payloads).
 */
final class AmazonEndpoints extends SimulatorEndpoints<AmazonSimulator> {

    static final String NAME = "junction-amazon-simulator";

    /** The body of the answer to a second confirmation of a shipped package (see AmazonTranslator). */
    static final String ALREADY_SHIPPED_MESSAGE = "The order has already been shipped.";

    private static final String SEARCH_ORDERS_PATH = "/orders/2026-01-01/orders";
    private static final Pattern GET_ORDER_PATH = Pattern.compile("/orders/2026-01-01/orders/([^/]+)");
    private static final Pattern CONFIRM_SHIPMENT_PATH =
            Pattern.compile("/orders/v0/orders/([^/]+)/shipmentConfirmation");
    private static final Duration DATA_DELAY = Duration.ofMinutes(2);
    private static final Duration PAGE_TOKEN_LIFETIME = Duration.ofHours(24);
    private static final Set<String> KNOWN_INCLUDED_DATA = Set.of(
            "BUYER",
            "RECIPIENT",
            "PROCEEDS",
            "EXPENSE",
            "PROMOTION",
            "CANCELLATION",
            "FULFILLMENT",
            "PACKAGES",
            "TAX",
            "PAYMENT",
            "FULFILLMENT_ORDERS");
    private static final Set<String> KNOWN_STATUSES = Set.of(
            "PENDING_AVAILABILITY",
            "PENDING",
            "UNSHIPPED",
            "PARTIALLY_SHIPPED",
            "SHIPPED",
            "CANCELLED",
            "UNFULFILLABLE");

    /** confirmShipment's default usage plan, as x-amzn-RateLimit-Limit reports it. */
    private static final String CONFIRM_SHIPMENT_RATE = "2";

    /** The usage plan of the operation being answered; guarded by the simulator's lock. */
    private String operationRate;

    AmazonEndpoints(AmazonSimulator simulator) {
        super(NAME, simulator);
    }

    @Override
    protected ResponseDefinition serve(Request request, URI uri) {
        String path = uri.getRawPath();
        if (path.equals(AmazonSimulator.TOKEN_PATH) && RequestMethod.POST.equals(request.getMethod())) {
            return token(request);
        }
        Matcher confirm = CONFIRM_SHIPMENT_PATH.matcher(path);
        Matcher get = GET_ORDER_PATH.matcher(path);
        boolean search = path.equals(SEARCH_ORDERS_PATH) && RequestMethod.GET.equals(request.getMethod());
        boolean getOrder = get.matches() && RequestMethod.GET.equals(request.getMethod());
        boolean confirmShipment = confirm.matches() && RequestMethod.POST.equals(request.getMethod());
        if (!search && !getOrder && !confirmShipment) {
            return error(404, "NotFound", "The requested resource was not found.", null, false);
        }
        if (search) {
            operationRate = rate(simulator.searchQuota);
            simulator.searchRequests++;
        } else if (getOrder) {
            operationRate = rate(simulator.getOrderQuota);
            simulator.getOrderRequests++;
        } else {
            operationRate = CONFIRM_SHIPMENT_RATE;
            simulator.confirmRequests++;
        }
        ResponseDefinition scenario = scenarioAnswer();
        if (scenario != null) {
            return scenario;
        }
        if (!authorised(request)) {
            return error(
                    403,
                    "Unauthorized",
                    "Access to requested resource is denied.",
                    "The access token you provided is revoked, malformed or invalid.",
                    false);
        }
        if (search) {
            return searchOrders(request);
        }
        if (getOrder) {
            return getOrder(URLDecoder.decode(get.group(1), StandardCharsets.UTF_8), request);
        }
        return confirmShipment(URLDecoder.decode(confirm.group(1), StandardCharsets.UTF_8), request.getBodyAsString());
    }

    // Login with Amazon

    private ResponseDefinition token(Request request) {
        simulator.tokenRequests++;
        operationRate = null;
        Map<String, String> fields = tokenFields(request);
        if (!"refresh_token".equals(fields.get("grant_type"))) {
            return lwaError(
                    400,
                    "unsupported_grant_type",
                    "The authorization grant type is not supported by the authorization server");
        }
        if (!AmazonSimulator.CLIENT_ID.equals(fields.get("client_id"))
                || !AmazonSimulator.CLIENT_SECRET.equals(fields.get("client_secret"))) {
            return lwaError(401, "invalid_client", "Client authentication failed");
        }
        if (!AmazonSimulator.REFRESH_TOKEN.equals(fields.get("refresh_token"))) {
            return lwaError(400, "invalid_grant", "The request has an invalid grant parameter : refresh_token");
        }
        String accessToken = "Atza|sim-" + (++simulator.issuedTokens) + "-" + UUID.randomUUID();
        simulator.accessTokens.put(accessToken, now().plusSeconds(3600));
        ObjectNode body = json.createObjectNode()
                .put("access_token", accessToken)
                .put("refresh_token", AmazonSimulator.REFRESH_TOKEN)
                .put("token_type", "bearer")
                .put("expires_in", 3600);
        return respond(200, body.toString(), false);
    }

    /** LWA takes a form body (the docs) or a JSON body (Amazon's Java client). */
    private Map<String, String> tokenFields(Request request) {
        String body = request.getBodyAsString();
        Map<String, String> fields = new HashMap<>();
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && contentType.toLowerCase().contains("json")) {
            try {
                JsonNode node = json.readTree(body);
                node.properties()
                        .forEach(e -> fields.put(e.getKey(), e.getValue().asString("")));
            } catch (JacksonException e) {
                return fields;
            }
            return fields;
        }
        decodeForm(body, fields);
        return fields;
    }

    private ResponseDefinition lwaError(int status, String error, String description) {
        ObjectNode body = json.createObjectNode().put("error", error).put("error_description", description);
        return respond(status, body.toString(), false);
    }

    private boolean authorised(Request request) {
        String token = request.getHeader("x-amz-access-token");
        Instant expiresAt = token == null ? null : simulator.accessTokens.get(token);
        return expiresAt != null && now().isBefore(expiresAt);
    }

    // searchOrders

    private ResponseDefinition searchOrders(Request request) {
        Instant now = now();
        if (!simulator.searchQuota.tryTake(now)) {
            return failure(429);
        }
        SearchQuery query;
        try {
            query = SearchQuery.parse(request, now);
        } catch (InvalidInput e) {
            return error(400, "InvalidInput", e.getMessage(), null, true);
        }
        Comparator<SimulatedOrder> order = Comparator.comparing(query::timeOf).thenComparing(o -> o.orderId);
        List<SimulatedOrder> matching = simulator.orders.values().stream()
                .filter(query::matches)
                .sorted(order)
                .toList();
        int start = 0;
        if (query.paginationToken != null) {
            PageToken token;
            try {
                token = PageToken.decode(query.paginationToken);
            } catch (IllegalArgumentException e) {
                return error(400, "InvalidInput", "Invalid paginationToken.", null, true);
            }
            if (!token.fingerprint.equals(query.fingerprint())) {
                return error(
                        400,
                        "InvalidInput",
                        "The paginationToken does not match the request parameters. All parameters except"
                                + " maxResultsPerPage and includedData must be the same as in the first request.",
                        null,
                        true);
            }
            if (now.isAfter(token.issuedAt.plus(PAGE_TOKEN_LIFETIME))) {
                return error(400, "InvalidInput", "The paginationToken has expired.", null, true);
            }
            while (start < matching.size() && !isAfter(matching.get(start), query, token)) {
                start++;
            }
        }
        int end = Math.min(matching.size(), start + query.maxResultsPerPage);
        ObjectNode body = json.createObjectNode();
        ArrayNode orders = body.putArray("orders");
        for (SimulatedOrder o : matching.subList(start, end)) {
            orders.add(orderJson(o, query.includedData));
        }
        if (end < matching.size()) {
            SimulatedOrder last = matching.get(end - 1);
            String token =
                    new PageToken(query.fingerprint(), query.timeOf(last), last.orderId, now, query.before).encode();
            body.putObject("pagination").put("nextToken", token);
        }
        if (query.byCreation) {
            body.put("createdBefore", iso(query.before));
        } else {
            body.put("lastUpdatedBefore", iso(query.before));
        }
        return respond(200, body.toString(), true);
    }

    private static String rate(TokenBucket quota) {
        return BigDecimal.valueOf(quota.ratePerSecond()).stripTrailingZeros().toPlainString();
    }

    // getOrder

    private ResponseDefinition getOrder(String orderId, Request request) {
        if (!simulator.getOrderQuota.tryTake(now())) {
            return failure(429);
        }
        Set<String> includedData;
        try {
            includedData = SearchQuery.list(request, "includedData");
            for (String data : includedData) {
                if (!KNOWN_INCLUDED_DATA.contains(data)) {
                    throw new InvalidInput("Invalid includedData value " + data + ".");
                }
            }
        } catch (InvalidInput e) {
            return error(400, "InvalidInput", e.getMessage(), null, true);
        }
        SimulatedOrder order = simulator.orders.get(orderId);
        if (order == null) {
            return error(404, "NotFound", "The requested order was not found.", "orderId " + orderId, true);
        }
        ObjectNode body = json.createObjectNode();
        body.set("order", orderJson(order, includedData));
        return respond(200, body.toString(), true);
    }

    private static boolean isAfter(SimulatedOrder order, SearchQuery query, PageToken token) {
        int byTime = query.timeOf(order).compareTo(token.lastTime);
        return byTime > 0 || (byTime == 0 && order.orderId.compareTo(token.lastOrderId) > 0);
    }

    private ObjectNode orderJson(SimulatedOrder order, Set<String> included) {
        ObjectNode node = json.createObjectNode();
        node.put("orderId", order.orderId);
        node.put("createdTime", iso(order.createdTime));
        node.put("lastUpdatedTime", iso(order.lastUpdatedTime));
        node.putArray("programs");
        node.putObject("salesChannel")
                .put("channelName", "AMAZON")
                .put("marketplaceId", order.marketplaceId)
                .put("marketplaceName", "Amazon.com");
        if (included.contains("BUYER")) {
            node.putObject("buyer").put("buyerName", order.buyerName).put("buyerEmail", order.buyerEmail);
        }
        if (included.contains("RECIPIENT")) {
            AmazonOrderGenerator.Recipient r = order.recipient;
            ObjectNode address = node.putObject("recipient").putObject("deliveryAddress");
            address.put("name", r.name()).put("addressLine1", r.addressLine1());
            if (r.addressLine2() != null) {
                address.put("addressLine2", r.addressLine2());
            }
            address.put("city", r.city())
                    .put("stateOrRegion", r.stateOrRegion())
                    .put("postalCode", r.postalCode())
                    .put("countryCode", r.countryCode())
                    .put("phone", r.phone())
                    .put("addressType", "RESIDENTIAL");
        }
        if (included.contains("PROCEEDS")) {
            ObjectNode proceeds = node.putObject("proceeds");
            money(proceeds.putObject("grandTotal"), order.total());
            ObjectNode item = proceeds.putArray("breakdowns").addObject().put("type", "ITEM");
            money(item.putObject("subtotal"), order.total());
        }
        if (included.contains("FULFILLMENT")) {
            ObjectNode fulfillment = node.putObject("fulfillment")
                    .put("fulfillmentStatus", order.fulfillmentStatus)
                    .put("fulfilledBy", "MERCHANT")
                    .put("fulfillmentServiceLevel", "STANDARD");
            fulfillment
                    .putObject("shipByWindow")
                    .put("earliestDateTime", iso(order.createdTime))
                    .put("latestDateTime", iso(order.createdTime.plus(Duration.ofDays(2))));
            fulfillment
                    .putObject("deliverByWindow")
                    .put("earliestDateTime", iso(order.createdTime.plus(Duration.ofDays(4))))
                    .put("latestDateTime", iso(order.createdTime.plus(Duration.ofDays(8))));
        }
        ArrayNode items = node.putArray("orderItems");
        for (SimulatedOrder.Item item : order.items) {
            ObjectNode itemNode =
                    items.addObject().put("orderItemId", item.orderItemId).put("quantityOrdered", item.quantity);
            itemNode.putArray("programs");
            ObjectNode product =
                    itemNode.putObject("product").put("asin", item.asin).put("title", item.title);
            if (item.sellerSku != null) {
                product.put("sellerSku", item.sellerSku);
            }
            product.putObject("condition").put("conditionType", "NEW").put("conditionSubtype", "NEW");
            money(product.putObject("price").putObject("unitPrice"), item.unitPrice);
            if (included.contains("PROCEEDS")) {
                money(
                        itemNode.putObject("proceeds").putObject("proceedsTotal"),
                        item.unitPrice.multiply(BigDecimal.valueOf(Math.max(0, item.quantity))));
            }
            if (included.contains("FULFILLMENT")) {
                itemNode.putObject("fulfillment")
                        .put("quantityFulfilled", item.shipped)
                        .put("quantityUnfulfilled", Math.max(0, item.quantity - item.shipped));
            }
        }
        return node;
    }

    private static void money(ObjectNode node, BigDecimal amount) {
        node.put("amount", money(amount)).put("currencyCode", "USD");
    }

    // confirmShipment

    private ResponseDefinition confirmShipment(String orderId, String body) {
        SimulatedOrder order = simulator.orders.get(orderId);
        if (order == null) {
            return error(404, "NotFound", "The requested order was not found.", "orderId " + orderId, true);
        }
        AmazonSimulator.Confirmation confirmation;
        try {
            confirmation = validConfirmation(order, body);
        } catch (InvalidInput e) {
            return error(400, "InvalidInput", e.getMessage(), null, true);
        }
        List<AmazonSimulator.Confirmation> previous = simulator.confirmations.getOrDefault(orderId, List.of());
        boolean samePackage =
                previous.stream().anyMatch(c -> c.packageReferenceId().equals(confirmation.packageReferenceId()));
        if (samePackage || order.fullyShipped()) {
            return error(
                    400,
                    "InvalidInput",
                    ALREADY_SHIPPED_MESSAGE,
                    "packageReferenceId " + confirmation.packageReferenceId() + " of order " + orderId
                            + (samePackage ? " was already confirmed." : ": every item is already shipped."),
                    true);
        }
        if ("CANCELLED".equals(order.fulfillmentStatus)) {
            return error(
                    400, "InvalidInput", "The order is cancelled and cannot be shipped.", "orderId " + orderId, true);
        }
        for (AmazonSimulator.Confirmation.Item item : confirmation.items()) {
            SimulatedOrder.Item line = order.item(item.orderItemId());
            if (line.shipped + item.quantity() > line.quantity) {
                return error(
                        400,
                        "InvalidInput",
                        "The quantity for orderItemId " + item.orderItemId() + " exceeds the unshipped quantity.",
                        "ordered " + line.quantity + ", shipped " + line.shipped,
                        true);
            }
        }
        for (AmazonSimulator.Confirmation.Item item : confirmation.items()) {
            order.item(item.orderItemId()).shipped += item.quantity();
        }
        order.fulfillmentStatus = order.fullyShipped() ? "SHIPPED" : "PARTIALLY_SHIPPED";
        order.lastUpdatedTime = now();
        simulator.confirmations.computeIfAbsent(orderId, k -> new ArrayList<>()).add(confirmation);
        if (dropsAfterAccepting()) {
            return connectionReset();
        }
        return respond(204, null, true);
    }

    /** The confirmation the body describes, validated per Orders v0's {@code ConfirmShipmentRequest}. */
    private AmazonSimulator.Confirmation validConfirmation(SimulatedOrder order, String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidInput("The request body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInput("The request body must be a ConfirmShipmentRequest object.");
        }
        String marketplaceId = requiredText(root, "marketplaceId", "marketplaceId");
        if (!marketplaceId.equals(order.marketplaceId)) {
            throw new InvalidInput("Invalid marketplaceId " + marketplaceId + " for order " + order.orderId + ".");
        }
        JsonNode detail = root.path("packageDetail");
        if (!detail.isObject()) {
            throw new InvalidInput("Missing required field: packageDetail.");
        }
        JsonNode reference = detail.path("packageReferenceId");
        if (reference.isMissingNode() || reference.isNull()) {
            throw new InvalidInput("Missing required field: packageDetail.packageReferenceId.");
        }
        if (!reference.isString()) {
            throw new InvalidInput("The input you have submitted is not valid. Please check the fields with invalid"
                    + " type [packageDetail.packageReferenceId].");
        }
        String packageReferenceId = reference.stringValue();
        if (!packageReferenceId.matches("[0-9]{1,18}") || Long.parseLong(packageReferenceId) <= 0) {
            throw new InvalidInput("PackageReferenceId: is invalid, must be a positive numeric value.");
        }
        String carrierCode = requiredText(detail, "carrierCode", "packageDetail.carrierCode");
        String carrierName = optionalText(detail, "carrierName");
        if ("Other".equals(carrierCode) && carrierName == null) {
            throw new InvalidInput("packageDetail.carrierName is required when carrierCode is Other.");
        }
        String trackingNumber = requiredText(detail, "trackingNumber", "packageDetail.trackingNumber");
        String shipDateText = requiredText(detail, "shipDate", "packageDetail.shipDate");
        Instant shipDate;
        try {
            shipDate = OffsetDateTime.parse(shipDateText).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("Invalid packageDetail.shipDate " + shipDateText + ": expected ISO 8601 date-time.");
        }
        JsonNode itemsNode = detail.path("orderItems");
        if (!itemsNode.isArray() || itemsNode.isEmpty()) {
            throw new InvalidInput("Missing required field: packageDetail.orderItems.");
        }
        List<AmazonSimulator.Confirmation.Item> items = new ArrayList<>();
        for (JsonNode item : itemsNode) {
            String orderItemId = requiredText(item, "orderItemId", "packageDetail.orderItems.orderItemId");
            if (order.item(orderItemId) == null) {
                throw new InvalidInput("Invalid orderItemId " + orderItemId + " for order " + order.orderId + ".");
            }
            JsonNode quantity = item.path("quantity");
            if (!quantity.isIntegralNumber() || !quantity.canConvertToInt() || quantity.intValue() <= 0) {
                throw new InvalidInput(
                        "Invalid quantity for orderItemId " + orderItemId + ": must be a positive integer.");
            }
            items.add(new AmazonSimulator.Confirmation.Item(orderItemId, quantity.intValue()));
        }
        return new AmazonSimulator.Confirmation(
                order.orderId,
                marketplaceId,
                packageReferenceId,
                carrierCode,
                carrierName,
                optionalText(detail, "shippingMethod"),
                trackingNumber,
                shipDate,
                items,
                now());
    }

    private static String requiredText(JsonNode node, String field, String name) {
        String value = optionalText(node, field);
        if (value == null) {
            throw new InvalidInput("Missing required field: " + name + ".");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }

    // answers

    @Override
    protected ResponseDefinition failure(int status) {
        if (status == 429) {
            simulator.countThrottled();
            return error(429, "QuotaExceeded", "You exceeded your quota for the requested resource.", null, false);
        }
        if (status == 503) {
            return error(503, "ServiceUnavailable", "Service temporarily unavailable.", null, false);
        }
        return error(500, "InternalFailure", "We encountered an internal error. Please try again.", null, false);
    }

    private ResponseDefinition error(int status, String code, String message, String details, boolean rateLimitHeader) {
        ObjectNode error = json.createObjectNode().put("code", code).put("message", message);
        if (details != null) {
            error.put("details", details);
        }
        ObjectNode body = json.createObjectNode();
        body.putArray("errors").add(error);
        return respond(status, body.toString(), rateLimitHeader);
    }

    private ResponseDefinition respond(int status, String body, boolean rateLimitHeader) {
        ResponseDefinitionBuilder response = new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("x-amzn-RequestId", UUID.randomUUID().toString());
        if (body != null) {
            response.withHeader("Content-Type", "application/json").withBody(body);
        }
        if (rateLimitHeader && operationRate != null) {
            response.withHeader("x-amzn-RateLimit-Limit", operationRate);
        }
        return response.build();
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A request Amazon would refuse with 400 InvalidInput. */
    private static final class InvalidInput extends RuntimeException {
        InvalidInput(String message) {
            super(message, null, false, false);
        }
    }

    /** The parsed, validated parameters of one {@code searchOrders} request. */
    private static final class SearchQuery {
        boolean byCreation;
        Instant after;
        Instant before;
        Set<String> marketplaceIds = Set.of();
        Set<String> fulfilledBy = Set.of();
        Set<String> statuses = Set.of();
        Set<String> includedData = Set.of();
        int maxResultsPerPage = 100;
        String paginationToken;
        private final Map<String, String> fingerprintParts = new TreeMap<>();

        static SearchQuery parse(Request request, Instant now) {
            SearchQuery q = new SearchQuery();
            String createdAfter = single(request, "createdAfter");
            String createdBefore = single(request, "createdBefore");
            String updatedAfter = single(request, "lastUpdatedAfter");
            String updatedBefore = single(request, "lastUpdatedBefore");
            if ((createdAfter == null) == (updatedAfter == null)) {
                throw new InvalidInput("Exactly one of createdAfter and lastUpdatedAfter must be provided.");
            }
            if ((createdAfter != null || createdBefore != null) && (updatedAfter != null || updatedBefore != null)) {
                throw new InvalidInput(
                        "createdAfter/createdBefore cannot be combined with lastUpdatedAfter/lastUpdatedBefore.");
            }
            q.byCreation = createdAfter != null;
            String afterName = q.byCreation ? "createdAfter" : "lastUpdatedAfter";
            String beforeName = q.byCreation ? "createdBefore" : "lastUpdatedBefore";
            q.after = instant(afterName, q.byCreation ? createdAfter : updatedAfter);
            String beforeText = q.byCreation ? createdBefore : updatedBefore;
            Instant newest = now.minus(DATA_DELAY);
            if (beforeText != null) {
                q.before = instant(beforeName, beforeText);
                if (q.before.isAfter(newest)) {
                    throw new InvalidInput(
                            beforeName + " must be a date at least 2 minutes before the time of the request.");
                }
                if (q.before.isBefore(q.after)) {
                    throw new InvalidInput(beforeName + " must be equal to or after " + afterName + ".");
                }
            } else if (q.after.isAfter(newest)) {
                throw new InvalidInput(
                        afterName + " must be a date at least 2 minutes before the time of the request.");
            }
            q.paginationToken = single(request, "paginationToken");
            // Without a "before" bound Amazon uses now - 2 minutes; a later page keeps the first page's.
            q.before = q.before != null
                    ? q.before
                    : q.paginationToken != null ? decodeBefore(q.paginationToken, newest) : newest;
            q.marketplaceIds = list(request, "marketplaceIds");
            if (q.marketplaceIds.size() > 50) {
                throw new InvalidInput("marketplaceIds accepts at most 50 values.");
            }
            q.fulfilledBy = list(request, "fulfilledBy");
            for (String party : q.fulfilledBy) {
                if (!party.equals("MERCHANT") && !party.equals("AMAZON")) {
                    throw new InvalidInput("Invalid fulfilledBy value " + party + ".");
                }
            }
            q.statuses = list(request, "fulfillmentStatuses");
            for (String status : q.statuses) {
                if (!KNOWN_STATUSES.contains(status)) {
                    throw new InvalidInput("Invalid fulfillmentStatuses value " + status + ".");
                }
            }
            q.includedData = list(request, "includedData");
            for (String data : q.includedData) {
                if (!KNOWN_INCLUDED_DATA.contains(data)) {
                    throw new InvalidInput("Invalid includedData value " + data + ".");
                }
            }
            String max = single(request, "maxResultsPerPage");
            if (max != null) {
                try {
                    q.maxResultsPerPage = Integer.parseInt(max);
                } catch (NumberFormatException e) {
                    throw new InvalidInput("maxResultsPerPage must be an integer between 1 and 100.");
                }
                if (q.maxResultsPerPage < 1 || q.maxResultsPerPage > 100) {
                    throw new InvalidInput("maxResultsPerPage must be an integer between 1 and 100.");
                }
            }
            q.fingerprintParts.put("byCreation", Boolean.toString(q.byCreation));
            q.fingerprintParts.put("after", q.after.toString());
            q.fingerprintParts.put("before", beforeText == null ? "" : q.before.toString());
            q.fingerprintParts.put("marketplaceIds", String.join(",", new TreeSet<>(q.marketplaceIds)));
            q.fingerprintParts.put("fulfilledBy", String.join(",", new TreeSet<>(q.fulfilledBy)));
            q.fingerprintParts.put("statuses", String.join(",", new TreeSet<>(q.statuses)));
            return q;
        }

        String fingerprint() {
            return Integer.toHexString(fingerprintParts.toString().hashCode());
        }

        Instant timeOf(SimulatedOrder order) {
            return byCreation ? order.createdTime : order.lastUpdatedTime;
        }

        boolean matches(SimulatedOrder order) {
            Instant time = timeOf(order);
            return !time.isBefore(after)
                    && !time.isAfter(before)
                    && (marketplaceIds.isEmpty() || marketplaceIds.contains(order.marketplaceId))
                    && (fulfilledBy.isEmpty() || fulfilledBy.contains("MERCHANT"))
                    && (statuses.isEmpty() || statuses.contains(order.fulfillmentStatus));
        }

        private static Instant decodeBefore(String token, Instant fallback) {
            try {
                return PageToken.decode(token).before;
            } catch (IllegalArgumentException e) {
                return fallback;
            }
        }

        private static String single(Request request, String name) {
            QueryParameter parameter = request.queryParameter(name);
            if (parameter == null || !parameter.isPresent()) {
                return null;
            }
            if (parameter.values().size() > 1) {
                throw new InvalidInput(name + " must be given once.");
            }
            String value = parameter.firstValue();
            return value == null || value.isBlank() ? null : value;
        }

        /** A Swagger 2 csv array; repeated parameters are accepted too. */
        private static Set<String> list(Request request, String name) {
            QueryParameter parameter = request.queryParameter(name);
            if (parameter == null || !parameter.isPresent()) {
                return Set.of();
            }
            Set<String> values = new LinkedHashSet<>();
            for (String value : parameter.values()) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
            }
            return values;
        }

        private static Instant instant(String name, String value) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInput("Invalid " + name + " " + value + ": expected ISO 8601 date-time.");
            }
        }
    }

    /**
     * An opaque {@code nextToken}: where the last page ended (a keyset, so orders updated while
     * paging neither repeat nor push others out), which query it belongs to, and when it was issued.
     */
    private record PageToken(
            String fingerprint, Instant lastTime, String lastOrderId, Instant issuedAt, Instant before) {

        String encode() {
            String raw = String.join(
                    "|", "v1", fingerprint, lastTime.toString(), lastOrderId, issuedAt.toString(), before.toString());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static PageToken decode(String token) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                String[] parts = raw.split("\\|", -1);
                if (parts.length != 6 || !parts[0].equals("v1")) {
                    throw new IllegalArgumentException("not a simulator page token");
                }
                return new PageToken(
                        parts[1], Instant.parse(parts[2]), parts[3], Instant.parse(parts[4]), Instant.parse(parts[5]));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a simulator page token", e);
            }
        }
    }
}

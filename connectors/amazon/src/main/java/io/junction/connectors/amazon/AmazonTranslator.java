package io.junction.connectors.amazon;

import static io.junction.connectors.kit.JsonFields.amount;
import static io.junction.connectors.kit.JsonFields.excerpt;
import static io.junction.connectors.kit.JsonFields.required;
import static io.junction.connectors.kit.JsonFields.text;

import io.junction.channel.Address;
import io.junction.channel.ChannelException;
import io.junction.channel.ChannelOrder;
import io.junction.channel.OrderPage;
import io.junction.channel.PlatformState;
import io.junction.channel.ShipmentConfirmation;
import io.junction.channel.ShopAccess;
import io.junction.channel.SyncWindow;
import io.junction.connectors.amazon.dto.AmazonError;
import io.junction.connectors.amazon.dto.AmazonResponse;
import io.junction.connectors.amazon.dto.ConfirmShipmentRequest;
import io.junction.connectors.amazon.dto.SearchOrdersQuery;
import io.junction.connectors.kit.JsonFields;
import io.junction.connectors.kit.MalformedPayload;
import io.junction.connectors.kit.OrderLines;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pure translation between Amazon's payloads and the channel SPI: no I/O, no clock.
 *
 * <p>An order that cannot be read becomes an {@link OrderPage.MalformedOrder} with its raw JSON;
 * the rest of the page is still translated.
 */
public class AmazonTranslator {

    /** The datasets we read: the delivery address, ship-by window, money and buyer name. */
    static final List<String> INCLUDED_DATA = List.of("RECIPIENT", "FULFILLMENT", "PROCEEDS", "BUYER");

    private final JsonMapper json = JsonMapper.builder().build();

    /** {@code maxResultsPerPage} of {@code searchOrders}. */
    private final int pageSize;

    /**
     * Phrases by which Amazon says a package or order was already confirmed (UNCONFIRMED, a setting). The
     * simulator answers {@code 400 InvalidInput "The order has already been shipped."}.
     */
    private final List<String> alreadyShippedPhrases;

    /** With the production defaults. */
    public AmazonTranslator() {
        this(AmazonProperties.defaults());
    }

    public AmazonTranslator(AmazonProperties properties) {
        this.pageSize = properties.calls().pageSize();
        this.alreadyShippedPhrases = properties.alreadyShippedPhrases();
    }

    // searchOrders

    /** The {@code searchOrders} query for one page of {@code window}. */
    public SearchOrdersQuery searchOrdersQuery(ShopAccess shop, SyncWindow window, String pageToken) {
        return new SearchOrdersQuery(
                window.from(), window.to(), shop.marketplaceIds(), pageSize, INCLUDED_DATA, pageToken);
    }

    /**
     * One page of orders from a 2xx {@code searchOrders} answer.
     *
     * @throws ChannelException UNAVAILABLE when the answer is not a readable page at all
     */
    public OrderPage orderPage(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, "searchOrders answered unreadable JSON", e);
        }
        JsonNode orders = root == null ? null : root.get("orders");
        if (orders == null || !orders.isArray()) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, "searchOrders answer has no 'orders' array");
        }
        List<ChannelOrder> good = new ArrayList<>();
        List<OrderPage.MalformedOrder> malformed = new ArrayList<>();
        for (JsonNode node : orders) {
            read(node, good, malformed);
        }
        String nextToken = text(root.path("pagination").path("nextToken"));
        return new OrderPage(good, malformed, nextToken);
    }

    /** One order into {@code good}, or, when it cannot be read, into {@code malformed} with its raw JSON. */
    private void read(JsonNode node, List<ChannelOrder> good, List<OrderPage.MalformedOrder> malformed) {
        try {
            good.add(order(node));
        } catch (MalformedPayload e) {
            malformed.add(new OrderPage.MalformedOrder(text(node.path("orderId")), e.getMessage(), node.toString()));
        }
    }

    // getOrder

    /** The datasets {@code getOrder} must include so that one order reads as {@code searchOrders} reads it. */
    public List<String> getOrderIncludedData() {
        return INCLUDED_DATA;
    }

    /**
     * The page of one {@code getOrder} answer: the order, the order as malformed, or nothing when
     * Amazon answered 404 (it has no such order, or no longer).
     *
     * @throws ChannelException when Amazon refused the read, or the answer is not an order at all
     */
    public OrderPage fetchedOrder(AmazonResponse response) {
        if (response.status() == 404) {
            return new OrderPage(List.of(), List.of(), null);
        }
        if (!response.isSuccessful()) {
            throw readFailure(AmazonProperties.GET_ORDER, response);
        }
        JsonNode root;
        try {
            root = json.readTree(response.body());
        } catch (JacksonException e) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, "getOrder answered unreadable JSON", e);
        }
        JsonNode order = root == null ? null : root.get("order");
        if (order == null || order.isNull()) {
            throw new ChannelException(ChannelException.Kind.UNAVAILABLE, "getOrder answer has no 'order'");
        }
        List<ChannelOrder> good = new ArrayList<>();
        List<OrderPage.MalformedOrder> malformed = new ArrayList<>();
        read(order, good, malformed);
        return new OrderPage(good, malformed, null);
    }

    /**
     * What a failed {@code searchOrders} answer means for the sync; the message carries Amazon's
     * code, message and request id, never a credential.
     */
    public ChannelException readFailure(AmazonResponse response) {
        return readFailure(AmazonProperties.SEARCH_ORDERS, response);
    }

    /** What a failed answer to the read {@code operation} means, as {@link #readFailure(AmazonResponse)}. */
    public ChannelException readFailure(String operation, AmazonResponse response) {
        ChannelException.Kind kind;
        int status = response.status();
        if (status == 429) {
            kind = ChannelException.Kind.THROTTLED;
        } else if (status == 401 || status == 403) {
            kind = ChannelException.Kind.UNAUTHORIZED;
        } else if (status >= 500) {
            kind = ChannelException.Kind.UNAVAILABLE;
        } else {
            kind = ChannelException.Kind.INVALID_REQUEST;
        }
        return new ChannelException(kind, operation + " answered " + status + " " + describe(response));
    }

    // confirmShipment

    /** The JSON body of {@code confirmShipment}, exactly as Orders v0 models it. */
    public String confirmShipmentBody(ShipmentConfirmation confirmation) {
        List<ConfirmShipmentRequest.OrderItem> items = confirmation.items().stream()
                .map(item -> new ConfirmShipmentRequest.OrderItem(item.platformLineId(), item.quantity()))
                .toList();
        var detail = new ConfirmShipmentRequest.PackageDetail(
                Long.toString(confirmation.packageReference()),
                confirmation.carrierCode(),
                confirmation.carrierName(),
                confirmation.shippingMethod(),
                confirmation.trackingNumber(),
                DateTimeFormatter.ISO_INSTANT.format(confirmation.shipDate()),
                items);
        return json.writeValueAsString(new ConfirmShipmentRequest(confirmation.marketplaceId(), detail));
    }

    /**
     * What a {@code confirmShipment} answer means: 2xx and "already shipped" are successes; 429 and
     * 5xx that outlasted the client's retries are unknown (not confirmed yet: the write-back retries
     * later, safely, since a repeat answers "already shipped"); any other answer is a rejection with
     * Amazon's code and message, for a person to look at.
     */
    public RemoteOutcome<Void> confirmOutcome(AmazonResponse response) {
        if (response.isSuccessful()) {
            return RemoteOutcome.succeeded(null);
        }
        List<AmazonError> errors = errors(response.body());
        if (errors.stream().anyMatch(this::saysAlreadyShipped)) {
            return RemoteOutcome.succeeded(null);
        }
        if (response.status() == 429 || response.status() >= 500) {
            String said = errors.isEmpty() ? describe(response) : messages(errors) + requestIdSuffix(response);
            return RemoteOutcome.unknown("Amazon answered " + response.status() + " " + said + "; not confirmed yet");
        }
        if (errors.isEmpty()) {
            return RemoteOutcome.rejected("HTTP " + response.status(), describe(response));
        }
        String code = errors.get(0).code() != null ? errors.get(0).code() : "HTTP " + response.status();
        return RemoteOutcome.rejected(code, messages(errors) + requestIdSuffix(response));
    }

    // errors

    /** The entries of an SP-API error body; empty when the body is not one. */
    public List<AmazonError> errors(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            return List.of();
        }
        JsonNode errors = root == null ? null : root.get("errors");
        if (errors == null || !errors.isArray()) {
            return List.of();
        }
        List<AmazonError> result = new ArrayList<>();
        for (JsonNode error : errors) {
            result.add(new AmazonError(
                    text(error.path("code")), text(error.path("message")), text(error.path("details"))));
        }
        return result;
    }

    boolean saysAlreadyShipped(AmazonError error) {
        String text = ((error.message() == null ? "" : error.message()) + " "
                        + (error.details() == null ? "" : error.details()))
                .toLowerCase(Locale.ROOT);
        return alreadyShippedPhrases.stream().anyMatch(text::contains);
    }

    private String describe(AmazonResponse response) {
        List<AmazonError> errors = errors(response.body());
        String what;
        if (errors.isEmpty()) {
            what = excerpt(response.body());
        } else {
            what = errors.stream().map(e -> e.code() + ": " + messageOf(e)).collect(Collectors.joining("; "));
        }
        return what + requestIdSuffix(response);
    }

    private static String messages(List<AmazonError> errors) {
        return errors.stream().map(AmazonTranslator::messageOf).collect(Collectors.joining("; "));
    }

    private static String messageOf(AmazonError error) {
        String message = error.message() == null ? "(no message)" : error.message();
        return error.details() == null || error.details().isBlank() ? message : message + " (" + error.details() + ")";
    }

    private static String requestIdSuffix(AmazonResponse response) {
        return response.requestId() == null ? "" : " [requestId " + response.requestId() + "]";
    }

    // one order

    private ChannelOrder order(JsonNode node) {
        JsonFields.requireObject(node, "order");
        String orderId = required(node, "orderId");
        Instant created = instant(node.path("createdTime"), "createdTime", true);
        Instant updated = instant(node.path("lastUpdatedTime"), "lastUpdatedTime", true);

        JsonNode fulfillment = node.path("fulfillment");
        String statusText =
                JsonFields.present(text(fulfillment.path("fulfillmentStatus")), "fulfillment.fulfillmentStatus");
        AmazonStatus status = AmazonStatus.of(statusText)
                .orElseThrow(() -> new MalformedPayload("unknown fulfillmentStatus '" + statusText + "'"));
        Instant shipBy =
                instant(fulfillment.path("shipByWindow").path("latestDateTime"), "shipByWindow.latestDateTime", false);

        List<ChannelOrder.Line> lines = lines(node.path("orderItems"), status.state());

        JsonNode grandTotal = node.path("proceeds").path("grandTotal");
        BigDecimal total = amount(grandTotal, "proceeds.grandTotal");
        String currency = text(grandTotal.path("currencyCode"));
        if (total == null) {
            total = OrderLines.total(lines);
            currency = text(node.path("orderItems")
                    .path(0)
                    .path("product")
                    .path("price")
                    .path("unitPrice")
                    .path("currencyCode"));
        }

        return new ChannelOrder(
                orderId,
                statusText,
                status.state(),
                text(node.path("salesChannel").path("marketplaceId")),
                created,
                updated,
                text(node.path("buyer").path("buyerName")),
                address(node.path("recipient").path("deliveryAddress")),
                currency,
                total,
                shipBy,
                lines,
                null);
    }

    private List<ChannelOrder.Line> lines(JsonNode items, PlatformState state) {
        if (!items.isArray() || items.isEmpty()) {
            throw new MalformedPayload("no orderItems");
        }
        List<ChannelOrder.Line> lines = new ArrayList<>();
        for (JsonNode item : items) {
            String itemId = text(item.path("orderItemId"));
            if (itemId == null) {
                throw new MalformedPayload("an order item has no orderItemId");
            }
            JsonNode quantityNode = item.path("quantityOrdered");
            if (!quantityNode.isIntegralNumber() || !quantityNode.canConvertToInt()) {
                throw new MalformedPayload("item " + itemId + ": quantityOrdered is not an integer");
            }
            int quantity = quantityNode.intValue();
            // A cancelled order may report 0 ordered; anything else must order something.
            boolean zeroAllowed = state == PlatformState.CANCELLED;
            if (quantity < 0 || (quantity == 0 && !zeroAllowed)) {
                throw new MalformedPayload("item " + itemId + ": quantityOrdered " + quantity + " is not positive");
            }
            JsonNode product = item.path("product");
            String sku = text(product.path("sellerSku"));
            if (sku == null) {
                throw new MalformedPayload("item " + itemId + ": missing product.sellerSku");
            }
            BigDecimal unitPrice = amount(product.path("price").path("unitPrice"), "item " + itemId + " unitPrice");
            lines.add(new ChannelOrder.Line(itemId, sku, text(product.path("title")), quantity, unitPrice));
        }
        return lines;
    }

    private static Address address(JsonNode address) {
        if (!address.isObject()) {
            return null;
        }
        String line2 = text(address.path("addressLine2"));
        String line3 = text(address.path("addressLine3"));
        if (line3 != null) {
            line2 = line2 == null ? line3 : line2 + ", " + line3;
        }
        return new Address(
                text(address.path("name")),
                text(address.path("companyName")),
                text(address.path("addressLine1")),
                line2,
                text(address.path("city")),
                text(address.path("stateOrRegion")),
                text(address.path("postalCode")),
                text(address.path("countryCode")),
                text(address.path("phone")));
    }

    private static Instant instant(JsonNode node, String field, boolean required) {
        return JsonFields.instant(
                node, field, required, value -> OffsetDateTime.parse(value).toInstant(), "an ISO-8601 date-time");
    }
}

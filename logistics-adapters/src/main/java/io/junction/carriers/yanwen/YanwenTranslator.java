package io.junction.carriers.yanwen;

import static io.junction.carriers.kit.CarrierFields.blankToNull;
import static io.junction.carriers.kit.CarrierFields.mentionsAny;
import static io.junction.carriers.kit.CarrierFields.orDefault;
import static io.junction.carriers.kit.CarrierFields.street;
import static io.junction.carriers.kit.CarrierFields.upper;

import io.junction.carriers.kit.CarrierHttp;
import io.junction.carriers.kit.CarrierReply;
import io.junction.carriers.kit.SignedPostCarrierAdapter;
import io.junction.carriers.yanwen.dto.CreateOrder;
import io.junction.carriers.yanwen.dto.CreateOrder.ParcelInfo;
import io.junction.carriers.yanwen.dto.CreateOrder.Product;
import io.junction.carriers.yanwen.dto.CreateOrder.ReceiverInfo;
import io.junction.carriers.yanwen.dto.WaybillRequest;
import io.junction.carriers.yanwen.dto.YanwenEnvelope;
import io.junction.carriers.yanwen.dto.YanwenLabel;
import io.junction.carriers.yanwen.dto.YanwenOrder;
import io.junction.channel.Address;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelTracking;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pure translation between our parcels and Yanwen payloads: no HTTP, no state. An answer we cannot
 * read after sending is unknown; a refusal keeps Yanwen's {@code code} and {@code message}.
 */
public class YanwenTranslator implements SignedPostCarrierAdapter.Translator {

    /** Our code for a label request answered without a label. */
    public static final String NO_LABEL = "NO_LABEL";

    /** Our code for a pre-advice with more products than Yanwen takes; nothing was sent. */
    public static final String TOO_MANY_PRODUCTS = "TOO_MANY_PRODUCTS";

    private final JsonMapper json = JsonMapper.builder().build();
    private final YanwenProperties settings;

    public YanwenTranslator(YanwenProperties settings) {
        this.settings = settings;
    }

    /** With the default settings. */
    public YanwenTranslator() {
        this(YanwenProperties.defaults());
    }

    // express.order.create

    /** The order for one pre-advice; weights in grams. */
    public CreateOrder toOrder(ParcelRequest request) {
        Address to = request.recipient();
        ReceiverInfo receiver = new ReceiverInfo(
                blankToNull(to.name()),
                blankToNull(to.phone()),
                null,
                blankToNull(to.company()),
                upper(to.countryCode()),
                blankToNull(to.state()),
                blankToNull(to.city()),
                blankToNull(to.postalCode()),
                null,
                street(to));
        List<Product> products = request.items().stream()
                .map(i -> new Product(
                        blankToNull(i.nameCn()),
                        i.nameEn(),
                        i.unitValue(),
                        i.quantity(),
                        i.unitWeightGrams(),
                        blankToNull(i.hsCode())))
                .toList();
        BigDecimal total = request.items().stream()
                .map(i -> i.unitValue().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int quantity = request.items().stream()
                .mapToInt(ParcelRequest.CustomsItem::quantity)
                .sum();
        ParcelInfo parcel = new ParcelInfo(0, request.currency(), total, quantity, request.weightGrams(), products);
        return new CreateOrder(request.serviceCode(), request.reference(), receiver, parcel);
    }

    @Override
    public String createOrderBody(ParcelRequest request) {
        return json.writeValueAsString(toOrder(request));
    }

    /**
     * The refusal of a pre-advice Yanwen cannot take as it is (more than {@value CreateOrder#MAX_PRODUCTS}
     * products), before anything is sent; empty when it can be sent.
     */
    public Optional<RemoteOutcome.Rejected<Parcel>> refusedBeforeSending(ParcelRequest request) {
        if (request.items().size() > CreateOrder.MAX_PRODUCTS) {
            return Optional.of(new RemoteOutcome.Rejected<>(
                    TOO_MANY_PRODUCTS,
                    "Yanwen takes at most " + CreateOrder.MAX_PRODUCTS + " products per order, this one has "
                            + request.items().size()));
        }
        return Optional.empty();
    }

    /** What {@code express.order.create} did: the parcel, a rejection ({@link #DUPLICATE_REFERENCE}), or unknown. */
    @Override
    public RemoteOutcome<Parcel> createOrderOutcome(String reference, CarrierReply reply) {
        return read(
                reply,
                (code, message) -> RemoteOutcome.rejected(
                        mentionsAny(message, settings.duplicatePhrases()) ? DUPLICATE_REFERENCE : code, message),
                data -> {
                    YanwenOrder order =
                            data == null || data.isNull() ? null : json.treeToValue(data, YanwenOrder.class);
                    if (order == null || blankToNull(order.waybillNumber()) == null) {
                        return RemoteOutcome.unknown("express.order.create answered without a waybill number");
                    }
                    if (order.orderNumber() != null && !order.orderNumber().equals(reference)) {
                        return RemoteOutcome.unknown(
                                "express.order.create answered for " + order.orderNumber() + ", not " + reference);
                    }
                    return RemoteOutcome.succeeded(toParcel(reference, order));
                });
    }

    // express.order.getlist

    @Override
    public String lookupBody(String number) {
        return json.writeValueAsString(new WaybillRequest(null, null, List.of(number)));
    }

    /** The order Yanwen holds under our reference; empty when none, or only a cancelled one. */
    @Override
    public RemoteOutcome<Optional<Parcel>> lookupOutcome(String reference, CarrierReply reply) {
        return read(
                reply,
                (code, message) -> mentionsAny(message, settings.notFoundPhrases())
                        ? RemoteOutcome.succeeded(Optional.empty())
                        : RemoteOutcome.rejected(code, message),
                data -> {
                    Optional<YanwenOrder> found = orders(data).stream()
                            .filter(o -> reference.equals(o.orderNumber()))
                            .findFirst();
                    if (found.isEmpty()
                            || YanwenStatus.fromCode(found.get().status()).orElse(null) == YanwenStatus.CANCELLED) {
                        return RemoteOutcome.succeeded(Optional.empty());
                    }
                    return RemoteOutcome.succeeded(Optional.of(toParcel(reference, found.get())));
                });
    }

    /**
     * Where the parcel is, from its order's {@code status} in {@code express.order.getlist}: Yanwen's
     * order API gives a status but no events, so the tracking has none (UNCONFIRMED: Yanwen's separate
     * tracking service is not wired). A parcel Yanwen does not list is rejected.
     */
    public RemoteOutcome<ParcelTracking> trackingOutcome(Parcel parcel, CarrierReply reply) {
        String number = waybill(parcel);
        return read(reply, RemoteOutcome::rejected, data -> {
            Optional<YanwenOrder> found = orders(data).stream()
                    .filter(o -> number.equals(o.waybillNumber())
                            || parcel.reference().equals(o.orderNumber()))
                    .findFirst();
            if (found.isEmpty()) {
                return RemoteOutcome.rejected(NO_SUCH_ORDER, "Yanwen lists no order " + number);
            }
            Optional<YanwenStatus> status = YanwenStatus.fromCode(found.get().status());
            if (status.isEmpty()) {
                return RemoteOutcome.unknown(
                        "Yanwen answered status " + found.get().status() + " for " + number);
            }
            return RemoteOutcome.succeeded(new ParcelTracking(
                    orDefault(found.get().waybillNumber(), number), status.get().tracking(), List.of()));
        });
    }

    // express.order.label.get

    /** The number Yanwen knows the parcel by: its waybill number, else our reference. */
    @Override
    public String carrierNumber(Parcel parcel) {
        return waybill(parcel);
    }

    public static String waybill(Parcel parcel) {
        return orDefault(parcel.carrierWaybill(), orDefault(parcel.trackingNumber(), parcel.reference()));
    }

    public String labelBody(Parcel parcel) {
        return json.writeValueAsString(new WaybillRequest(waybill(parcel), null, null));
    }

    /** The label PDF (sent as Base64), or Yanwen's reason for not giving one; bytes that are no PDF are unknown. */
    public RemoteOutcome<byte[]> labelOutcome(CarrierReply reply) {
        return read(reply, RemoteOutcome::rejected, data -> {
            YanwenLabel label = data == null || data.isNull()
                    ? null
                    : json.treeToValue(data.isArray() && !data.isEmpty() ? data.get(0) : data, YanwenLabel.class);
            if (label == null) {
                return RemoteOutcome.rejected(NO_LABEL, "express.order.label.get answered without a label");
            }
            if (Boolean.FALSE.equals(label.isSuccess()) || blankToNull(label.base64String()) == null) {
                return RemoteOutcome.rejected(NO_LABEL, orDefault(label.errorMsg(), "no label returned"));
            }
            byte[] pdf;
            try {
                pdf = Base64.getMimeDecoder().decode(label.base64String());
            } catch (IllegalArgumentException e) {
                return RemoteOutcome.unknown("the label is not Base64");
            }
            return CarrierHttp.isPdf(pdf)
                    ? RemoteOutcome.succeeded(pdf)
                    : RemoteOutcome.unknown("the label is not a PDF");
        });
    }

    // express.order.cancel

    @Override
    public String cancelBody(Parcel parcel) {
        return json.writeValueAsString(new WaybillRequest(waybill(parcel), "cancelled by the seller", null));
    }

    /** Succeeded when cancelled now or already; {@link #NO_SUCH_ORDER} when Yanwen knows none; else its refusal. */
    @Override
    public RemoteOutcome<Void> cancelOutcome(CarrierReply reply) {
        return read(
                reply,
                (code, message) -> {
                    if (mentionsAny(message, settings.alreadyCancelledPhrases())) {
                        return RemoteOutcome.succeeded(null);
                    }
                    return RemoteOutcome.rejected(
                            mentionsAny(message, settings.notFoundPhrases()) ? NO_SUCH_ORDER : code, message);
                },
                data -> RemoteOutcome.succeeded(null));
    }

    // Shared

    /** A refusal: Yanwen's code and message. */
    @FunctionalInterface
    interface Refusal<T> {
        RemoteOutcome<T> apply(String code, String message);
    }

    /**
     * Reads the envelope. Not readable: a refusal on 4xx, else unknown. {@code success} true goes on to
     * {@code succeeded}; false to {@code refused} with Yanwen's code and message.
     */
    private <T> RemoteOutcome<T> read(
            CarrierReply reply, Refusal<T> refused, Function<JsonNode, RemoteOutcome<T>> succeeded) {
        YanwenEnvelope envelope;
        try {
            envelope = json.readValue(reply.body(), YanwenEnvelope.class);
        } catch (JacksonException | IllegalArgumentException e) {
            envelope = null;
        }
        if (envelope == null || envelope.success() == null) {
            if (reply.isClientError()) {
                return RemoteOutcome.rejected("HTTP_" + reply.httpStatus(), reply.snippet());
            }
            return RemoteOutcome.unknown("unreadable answer (HTTP " + reply.httpStatus() + "): " + reply.snippet());
        }
        if (!envelope.success()) {
            return refused.apply(
                    orDefault(envelope.code(), "FAILED"), orDefault(envelope.message(), "refused without a message"));
        }
        try {
            return succeeded.apply(envelope.data());
        } catch (JacksonException | IllegalArgumentException e) {
            return RemoteOutcome.unknown("data not as expected: " + reply.snippet());
        }
    }

    /** The orders in {@code data}: a list, one object, or a page holding them in {@code list} or {@code records}. */
    private List<YanwenOrder> orders(JsonNode data) {
        List<YanwenOrder> found = new ArrayList<>();
        if (data == null || data.isNull()) {
            return found;
        }
        JsonNode list = data;
        if (data.isObject() && data.has("list")) {
            list = data.get("list");
        } else if (data.isObject() && data.has("records")) {
            list = data.get("records");
        }
        if (list.isArray()) {
            list.forEach(node -> found.add(json.treeToValue(node, YanwenOrder.class)));
        } else if (list.isObject()) {
            found.add(json.treeToValue(list, YanwenOrder.class));
        }
        return found;
    }

    private static Parcel toParcel(String reference, YanwenOrder order) {
        String waybill = blankToNull(order.waybillNumber());
        return new Parcel(reference, waybill, waybill);
    }
}

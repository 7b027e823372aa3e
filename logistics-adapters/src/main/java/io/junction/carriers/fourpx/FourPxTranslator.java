package io.junction.carriers.fourpx;

import static io.junction.carriers.kit.CarrierFields.blankToNull;
import static io.junction.carriers.kit.CarrierFields.mentionsAny;
import static io.junction.carriers.kit.CarrierFields.orDefault;
import static io.junction.carriers.kit.CarrierFields.street;
import static io.junction.carriers.kit.CarrierFields.upper;

import io.junction.carriers.fourpx.dto.Consignment;
import io.junction.carriers.fourpx.dto.CreateOrderRequest;
import io.junction.carriers.fourpx.dto.CreateOrderRequest.DeclaredProduct;
import io.junction.carriers.fourpx.dto.CreateOrderRequest.FopParcel;
import io.junction.carriers.fourpx.dto.CreateOrderRequest.LogisticsServiceInfo;
import io.junction.carriers.fourpx.dto.CreateOrderRequest.RecipientInfo;
import io.junction.carriers.fourpx.dto.EstimatedCost;
import io.junction.carriers.fourpx.dto.EstimatedCostRequest;
import io.junction.carriers.fourpx.dto.FopEnvelope;
import io.junction.carriers.fourpx.dto.FopEnvelope.FopError;
import io.junction.carriers.fourpx.dto.LabelData;
import io.junction.carriers.fourpx.dto.RequestNo;
import io.junction.carriers.fourpx.dto.TrackingData;
import io.junction.carriers.fourpx.dto.TrackingData.TrackingItem;
import io.junction.carriers.kit.CarrierQuotes;
import io.junction.carriers.kit.CarrierReply;
import io.junction.carriers.kit.CarrierTime;
import io.junction.carriers.kit.PersonName;
import io.junction.carriers.kit.SignedPostCarrierAdapter;
import io.junction.carriers.kit.TrackingWords;
import io.junction.channel.Address;
import io.junction.logistics.FreightQuote;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelTracking;
import io.junction.logistics.QuoteRequest;
import io.junction.logistics.TrackingEvent;
import io.junction.logistics.TrackingStatus;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pure translation between our parcels and 4PX FOP payloads: no HTTP, no state. An answer we cannot
 * read after sending is unknown; a refusal keeps 4PX's {@code error_code} and {@code error_msg}.
 */
public class FourPxTranslator implements SignedPostCarrierAdapter.Translator {

    /** Our code for a label request answered without a label URL. */
    public static final String NO_LABEL = "NO_LABEL";

    private final JsonMapper json = JsonMapper.builder().build();
    private final FourPxProperties settings;

    public FourPxTranslator(FourPxProperties settings) {
        this.settings = settings;
    }

    /** With the default settings. */
    public FourPxTranslator() {
        this(FourPxProperties.defaults());
    }

    // ds.xms.order.create

    /** The consignment for one pre-advice: one parcel holding every customs line; weights in grams. */
    public CreateOrderRequest toConsignment(ParcelRequest request) {
        Address to = request.recipient();
        PersonName name = PersonName.split(to.name());
        RecipientInfo recipient = new RecipientInfo(
                name.first(),
                name.last(),
                blankToNull(to.company()),
                blankToNull(to.phone()),
                null,
                blankToNull(to.postalCode()),
                upper(to.countryCode()),
                blankToNull(to.state()),
                blankToNull(to.city()),
                street(to),
                null);
        List<DeclaredProduct> products = request.items().stream()
                .map(i -> new DeclaredProduct(
                        blankToNull(i.nameCn()),
                        i.nameEn(),
                        i.quantity(),
                        i.unitValue(),
                        request.currency(),
                        blankToNull(i.hsCode()),
                        i.unitWeightGrams(),
                        "CN"))
                .toList();
        BigDecimal value = request.items().stream()
                .map(i -> i.unitValue().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        FopParcel parcel = new FopParcel(request.weightGrams(), value, request.currency(), "N", products);
        return new CreateOrderRequest(
                request.reference(),
                settings.businessType(),
                settings.dutyType(),
                new LogisticsServiceInfo(request.serviceCode()),
                List.of(parcel),
                recipient);
    }

    @Override
    public String createOrderBody(ParcelRequest request) {
        return json.writeValueAsString(toConsignment(request));
    }

    /**
     * What {@code ds.xms.order.create} did: the parcel (tracking number: 4PX's, else the last-mile
     * channel's, else null while it is assigned), a rejection with 4PX's code and message
     * ({@link #DUPLICATE_REFERENCE} when our reference is taken), or unknown.
     */
    @Override
    public RemoteOutcome<Parcel> createOrderOutcome(String reference, CarrierReply reply) {
        return read(
                reply,
                errors -> {
                    FopError first = errors.get(0);
                    String message = orDefault(first.errorMsg(), "refused without a message");
                    return RemoteOutcome.rejected(
                            mentionsAny(message, settings.duplicatePhrases()) ? DUPLICATE_REFERENCE : first.errorCode(),
                            message);
                },
                data -> {
                    Optional<Consignment> consignment =
                            consignments(data).stream().findFirst();
                    if (consignment.isEmpty() || consignment.get().dsConsignmentNo() == null) {
                        return RemoteOutcome.unknown("ds.xms.order.create answered without a consignment number");
                    }
                    Consignment c = consignment.get();
                    if (c.refNo() != null && !c.refNo().equals(reference)) {
                        return RemoteOutcome.unknown(
                                "ds.xms.order.create answered for " + c.refNo() + ", not " + reference);
                    }
                    return RemoteOutcome.succeeded(toParcel(reference, c));
                });
    }

    // ds.xms.order.get

    @Override
    public String lookupBody(String reference) {
        return json.writeValueAsString(RequestNo.lookup(reference));
    }

    /** The consignment 4PX holds under our reference; empty when none, or only a cancelled one. */
    @Override
    public RemoteOutcome<Optional<Parcel>> lookupOutcome(String reference, CarrierReply reply) {
        return read(
                reply,
                errors -> mentionsAny(errors.get(0).errorMsg(), settings.notFoundPhrases())
                        ? RemoteOutcome.succeeded(Optional.empty())
                        : rejection(errors),
                data -> {
                    Optional<Consignment> found = consignments(data).stream()
                            .filter(c -> reference.equals(c.refNo()))
                            .findFirst();
                    if (found.isEmpty()
                            || (found.get().consignmentStatus() != null
                                    && settings.cancelledStatuses()
                                            .contains(found.get().consignmentStatus()))) {
                        return RemoteOutcome.succeeded(Optional.empty());
                    }
                    return RemoteOutcome.succeeded(Optional.of(toParcel(reference, found.get())));
                });
    }

    // ds.xms.label.get

    /** The number 4PX knows the parcel by: its consignment number, or our reference before we know it. */
    @Override
    public String carrierNumber(Parcel parcel) {
        return requestNo(parcel);
    }

    public static String requestNo(Parcel parcel) {
        return orDefault(parcel.carrierWaybill(), parcel.reference());
    }

    public String labelBody(Parcel parcel) {
        return json.writeValueAsString(RequestNo.label(requestNo(parcel), "PDF"));
    }

    /** The label file's URL, or 4PX's reason for not giving one. */
    public RemoteOutcome<String> labelUrlOutcome(CarrierReply reply) {
        return read(reply, FourPxTranslator::rejection, data -> {
            LabelData label = treeToValue(data, LabelData.class);
            String url = label == null || label.labelUrlInfo() == null
                    ? null
                    : label.labelUrlInfo().logisticsLabel();
            return url == null || url.isBlank()
                    ? RemoteOutcome.rejected(NO_LABEL, "ds.xms.label.get answered without a label URL")
                    : RemoteOutcome.succeeded(url);
        });
    }

    // ds.xms.order.cancel and ds.xms.order.hold

    @Override
    public String cancelBody(Parcel parcel) {
        return json.writeValueAsString(RequestNo.cancel(requestNo(parcel), "cancelled by the seller"));
    }

    /**
     * What the cancel did: succeeded when cancelled now or already; {@link #NO_SUCH_ORDER} when 4PX
     * knows no such consignment; otherwise rejected with 4PX's code and message (e.g. already received).
     */
    @Override
    public RemoteOutcome<Void> cancelOutcome(CarrierReply reply) {
        return read(
                reply,
                errors -> {
                    String message = orDefault(errors.get(0).errorMsg(), "refused without a message");
                    if (mentionsAny(message, settings.alreadyCancelledPhrases())) {
                        return RemoteOutcome.succeeded(null);
                    }
                    if (mentionsAny(message, settings.notFoundPhrases())) {
                        return RemoteOutcome.rejected(NO_SUCH_ORDER, message);
                    }
                    return rejection(errors);
                },
                data -> RemoteOutcome.succeeded(null));
    }

    public String holdBody(Parcel parcel, String reason) {
        return json.writeValueAsString(RequestNo.hold(requestNo(parcel), reason));
    }

    /** What the hold did: succeeded when held now or already; otherwise rejected with 4PX's words. */
    public RemoteOutcome<Void> holdOutcome(CarrierReply reply) {
        return read(
                reply,
                errors -> mentionsAny(errors.get(0).errorMsg(), settings.alreadyHeldPhrases())
                        ? RemoteOutcome.succeeded(null)
                        : rejection(errors),
                data -> RemoteOutcome.succeeded(null));
    }

    // tr.order.tracking.get

    /** The number 4PX tracks: its tracking number, else its consignment number, else our reference. */
    public static String trackingNo(Parcel parcel) {
        return orDefault(parcel.trackingNumber(), requestNo(parcel));
    }

    public String trackingBody(Parcel parcel) {
        return json.writeValueAsString(new TrackingData(trackingNo(parcel), null));
    }

    /**
     * The parcel's events, oldest first, each with 4PX's text and its status (from its
     * {@code businessLinkCode} when the settings know it, else from the text). An event whose time
     * cannot be read is left out.
     */
    public RemoteOutcome<ParcelTracking> trackingOutcome(Parcel parcel, CarrierReply reply) {
        return read(reply, FourPxTranslator::rejection, data -> {
            TrackingData tracking = data == null || data.isNull() ? null : firstOf(data, TrackingData.class);
            List<TrackingEvent> events = new ArrayList<>();
            List<TrackingItem> items =
                    tracking == null || tracking.trackingList() == null ? List.of() : tracking.trackingList();
            for (TrackingItem item : items) {
                Optional<Instant> time = CarrierTime.parse(item.occurDatetime(), settings.timeZone());
                if (time.isEmpty()) {
                    continue;
                }
                TrackingStatus status = item.businessLinkCode() != null
                                && settings.trackingCodes().containsKey(item.businessLinkCode())
                        ? settings.trackingCodes().get(item.businessLinkCode())
                        : TrackingWords.statusOf(item.trackingContent());
                events.add(new TrackingEvent(
                        time.get(), item.trackingContent(), blankToNull(item.occurLocation()), status));
            }
            return RemoteOutcome.succeeded(ParcelTracking.fromEvents(trackingNo(parcel), events));
        });
    }

    // estimated cost (method name a setting; UNCONFIRMED shapes)

    /** The estimated-cost body: destination, weight in grams, size and value when known, the product when named. */
    public String estimatedCostBody(QuoteRequest request) {
        QuoteRequest.Dimensions size = request.dimensions();
        return json.writeValueAsString(new EstimatedCostRequest(
                upper(request.countryCode()),
                blankToNull(request.postalCode()),
                request.weightGrams(),
                size == null ? null : size.lengthCm(),
                size == null ? null : size.widthCm(),
                size == null ? null : size.heightCm(),
                request.declaredValue(),
                request.declaredValue() == null ? null : request.currency(),
                request.serviceCode() == null ? null : List.of(request.serviceCode())));
    }

    /**
     * The products' estimated costs, cheapest first; an entry with {@code error_msg} or no amount is that
     * product's refusal, a product named in the request but missing from the answer is {@link FreightQuote#NOT_OFFERED}.
     */
    public RemoteOutcome<List<FreightQuote>> quoteOutcome(QuoteRequest request, CarrierReply reply) {
        return read(reply, FourPxTranslator::rejection, data -> {
            List<FreightQuote> quotes = new ArrayList<>();
            List<JsonNode> nodes = new ArrayList<>();
            if (data != null && data.isArray()) {
                data.forEach(nodes::add);
            } else if (data != null && !data.isNull()) {
                nodes.add(data);
            }
            for (JsonNode node : nodes) {
                EstimatedCost cost = treeToValue(node, EstimatedCost.class);
                String code = blankToNull(cost.logisticsProductCode());
                if (code == null
                        || (request.serviceCode() != null
                                && !request.serviceCode().equalsIgnoreCase(code))) {
                    continue;
                }
                String name = blankToNull(cost.logisticsProductName());
                if (cost.totalAmount() == null
                        || cost.totalAmount().signum() <= 0
                        || blankToNull(cost.errorMsg()) != null) {
                    quotes.add(FreightQuote.refused(
                            code, name, FreightQuote.NOT_OFFERED, orDefault(cost.errorMsg(), "4PX gave no price")));
                    continue;
                }
                quotes.add(CarrierQuotes.priced(
                        code,
                        name,
                        cost.totalAmount(),
                        orDefault(blankToNull(cost.currency()), "CNY"),
                        cost.leadTime()));
            }
            return RemoteOutcome.succeeded(
                    CarrierQuotes.cheapestFirst(request, quotes, "4PX", request.weightGrams() + " g"));
        });
    }

    // Shared

    /**
     * Reads FOP's envelope. Not readable: a refusal when the API answered 4xx, otherwise unknown (the
     * call may have been acted on). {@code result} "1" goes on to {@code succeeded} with {@code data};
     * "0" to {@code failed} with at least one error (4PX's {@code msg} when it listed none).
     */
    private <T> RemoteOutcome<T> read(
            CarrierReply reply,
            Function<List<FopError>, RemoteOutcome<T>> failed,
            Function<JsonNode, RemoteOutcome<T>> succeeded) {
        FopEnvelope envelope;
        try {
            envelope = json.readValue(reply.body(), FopEnvelope.class);
        } catch (JacksonException | IllegalArgumentException e) {
            envelope = null;
        }
        if (envelope == null || envelope.result() == null) {
            if (reply.isClientError()) {
                return RemoteOutcome.rejected("HTTP_" + reply.httpStatus(), reply.snippet());
            }
            return RemoteOutcome.unknown("unreadable answer (HTTP " + reply.httpStatus() + "): " + reply.snippet());
        }
        if (FopEnvelope.SUCCEEDED.equals(envelope.result().trim())) {
            try {
                return succeeded.apply(envelope.data());
            } catch (JacksonException | IllegalArgumentException e) {
                return RemoteOutcome.unknown("data not as expected: " + reply.snippet());
            }
        }
        if (FopEnvelope.FAILED.equals(envelope.result().trim())) {
            List<FopError> errors = envelope.errors() == null
                            || envelope.errors().isEmpty()
                    ? List.of(new FopError("FAILED", orDefault(envelope.msg(), "failed without a reason"), null, null))
                    : envelope.errors();
            return failed.apply(errors);
        }
        return RemoteOutcome.unknown("answer with result " + envelope.result() + ": " + reply.snippet());
    }

    private static <T> RemoteOutcome<T> rejection(List<FopError> errors) {
        FopError first = errors.get(0);
        return RemoteOutcome.rejected(
                orDefault(first.errorCode(), "FAILED"), orDefault(first.errorMsg(), "refused without a message"));
    }

    /** The consignments in {@code data}: one object or a list, each flat or wrapped in {@code consignment_info}. */
    private List<Consignment> consignments(JsonNode data) {
        List<Consignment> found = new ArrayList<>();
        if (data == null || data.isNull()) {
            return found;
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (data.isArray()) {
            data.forEach(nodes::add);
        } else {
            nodes.add(data);
        }
        for (JsonNode node : nodes) {
            JsonNode info = node.has("consignment_info") ? node.get("consignment_info") : node;
            found.add(treeToValue(info, Consignment.class));
        }
        return found;
    }

    private <T> T firstOf(JsonNode data, Class<T> type) {
        if (data.isArray()) {
            return data.isEmpty() ? null : treeToValue(data.get(0), type);
        }
        return treeToValue(data, type);
    }

    private <T> T treeToValue(JsonNode node, Class<T> type) {
        return json.treeToValue(node, type);
    }

    private static Parcel toParcel(String reference, Consignment c) {
        String tracking = orDefault(blankToNull(c.fourPxTrackingNo()), blankToNull(c.logisticsChannelNo()));
        return new Parcel(reference, tracking, blankToNull(c.dsConsignmentNo()));
    }
}

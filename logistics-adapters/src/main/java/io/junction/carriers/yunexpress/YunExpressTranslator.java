package io.junction.carriers.yunexpress;

import static io.junction.carriers.kit.CarrierFields.blankToNull;
import static io.junction.carriers.kit.CarrierFields.orDefault;
import static io.junction.carriers.kit.CarrierFields.street;
import static io.junction.carriers.kit.CarrierFields.upper;

import io.junction.carriers.kit.CarrierQuotes;
import io.junction.carriers.kit.CarrierReply;
import io.junction.carriers.kit.CarrierTime;
import io.junction.carriers.kit.PersonName;
import io.junction.carriers.kit.TrackingWords;
import io.junction.carriers.yunexpress.dto.ChangeAnswer;
import io.junction.carriers.yunexpress.dto.CreateOrderAnswer;
import io.junction.carriers.yunexpress.dto.CreateOrderAnswer.CreateOrderItem;
import io.junction.carriers.yunexpress.dto.DeclaredItem;
import io.junction.carriers.yunexpress.dto.DeleteAnswer;
import io.junction.carriers.yunexpress.dto.DeleteAnswer.DeleteItem;
import io.junction.carriers.yunexpress.dto.LabelPrintAnswer;
import io.junction.carriers.yunexpress.dto.LabelPrintAnswer.LabelFile;
import io.junction.carriers.yunexpress.dto.LabelPrintAnswer.LabelOrderInfo;
import io.junction.carriers.yunexpress.dto.Order;
import io.junction.carriers.yunexpress.dto.PriceTrialAnswer;
import io.junction.carriers.yunexpress.dto.PriceTrialAnswer.PriceItem;
import io.junction.carriers.yunexpress.dto.Receiver;
import io.junction.carriers.yunexpress.dto.TrackInfoAnswer;
import io.junction.carriers.yunexpress.dto.TrackInfoAnswer.TrackInfo;
import io.junction.carriers.yunexpress.dto.TrackInfoAnswer.TrackingDetail;
import io.junction.carriers.yunexpress.dto.TrackingNumberAnswer;
import io.junction.carriers.yunexpress.dto.TrackingNumberAnswer.TrackingNumberItem;
import io.junction.carriers.yunexpress.dto.WaybillChange;
import io.junction.carriers.yunexpress.dto.YunExpressAnswer;
import io.junction.channel.Address;
import io.junction.logistics.FreightQuote;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelRequest.CustomsItem;
import io.junction.logistics.ParcelTracking;
import io.junction.logistics.QuoteRequest;
import io.junction.logistics.TrackingEvent;
import io.junction.logistics.TrackingStatus;
import io.junction.outcome.RemoteOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pure translation between our pre-advice and YunExpress payloads: no HTTP, no state. Answers
 * become {@link RemoteOutcome}s: an answer we cannot read after sending is unknown, a refusal
 * keeps YunExpress' code and reason.
 */
public class YunExpressTranslator {

    /** Our code for an order YunExpress refused with {@code Success 0}; the message is its Remark. */
    public static final String ORDER_REJECTED = "ORDER_REJECTED";

    /** Our code for an order refused because YunExpress already holds its customer order number. */
    public static final String DUPLICATE_REFERENCE = "DUPLICATE_REFERENCE";

    /** Our code for an order whose tracking number YunExpress failed to assign (lookup Status 4). */
    public static final String TRACKING_NUMBER_FAILED = "TRACKING_NUMBER_FAILED";

    /** Our code for a label request that produced no label file. */
    public static final String NO_LABEL = "NO_LABEL";

    /** Our code for a parcel YunExpress would not delete (e.g. already received); the message is its Remark. */
    public static final String DELETE_REFUSED = "DELETE_REFUSED";

    /** Our code for an intercept YunExpress refused (e.g. already delivered); the message is its Remark. */
    public static final String INTERCEPT_REFUSED = "INTERCEPT_REFUSED";

    /** Our code for a weight update YunExpress refused (e.g. already weighed); the message is its Remark. */
    public static final String WEIGHT_REFUSED = "WEIGHT_REFUSED";

    /** Our code for a deletion YunExpress refused because it knows no such order number. */
    public static final String NO_SUCH_ORDER = "NO_SUCH_ORDER";

    private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);

    /** How YunExpress words "this customer order number is taken", in English and Chinese. */
    private static final List<String> DUPLICATE_REMARKS =
            List.of("already exist", "already been used", "duplicate", "已存在", "重复");

    private final JsonMapper json;

    /** How a Delete's Remark words "no such order" and "deleted already" (UNCONFIRMED: settings). */
    private final List<String> notFoundRemarks;

    private final List<String> alreadyDeletedRemarks;

    /** The zone of YunExpress' local times (UNCONFIRMED: a setting). */
    private final ZoneId timeZone;

    /** The currency of price-trial fees (UNCONFIRMED: a setting). */
    private final String quoteCurrency;

    public YunExpressTranslator(YunExpressProperties properties) {
        this.json = JsonMapper.builder().build();
        this.notFoundRemarks = properties.notFoundRemarks();
        this.alreadyDeletedRemarks = properties.alreadyDeletedRemarks();
        this.timeZone = properties.timeZone();
        this.quoteCurrency = properties.quoteCurrency();
    }

    /** With the default settings. */
    public YunExpressTranslator() {
        this(YunExpressProperties.defaults());
    }

    // CreateOrder

    /** The CreateOrder order for one pre-advice. */
    public Order toOrder(ParcelRequest request) {
        Address to = request.recipient();
        PersonName name = PersonName.split(to.name());
        Receiver receiver = new Receiver(
                upper(to.countryCode()),
                name.first(),
                name.last(),
                blankToNull(to.company()),
                street(to),
                blankToNull(to.city()),
                blankToNull(to.state()),
                blankToNull(to.postalCode()),
                blankToNull(to.phone()),
                null);
        List<DeclaredItem> items = request.items().stream()
                .map(i -> toDeclaredItem(i, request.currency()))
                .toList();
        return new Order(
                request.reference(), request.serviceCode(), 1, kilograms(request.weightGrams()), receiver, items);
    }

    /** The CreateOrder body: a JSON array holding the one order. */
    public String createOrderBody(ParcelRequest request) {
        return json.writeValueAsString(List.of(toOrder(request)));
    }

    /**
     * What CreateOrder did to our order: the parcel (tracking number null while pending or when the
     * method has none), a rejection with YunExpress' Remark ({@link #DUPLICATE_REFERENCE} when the
     * reference is taken), or unknown when the answer does not say.
     */
    public RemoteOutcome<Parcel> createOrderOutcome(String reference, CarrierReply reply) {
        return read(reply, CreateOrderAnswer.class, answer -> {
            if (answer.items() == null) {
                return RemoteOutcome.unknown("CreateOrder answer has no Item");
            }
            Optional<CreateOrderItem> found = answer.items().stream()
                    .filter(i -> reference.equals(i.customerOrderNumber()))
                    .findFirst()
                    .or(() -> onlyUnnamed(answer.items()));
            if (found.isEmpty()) {
                return RemoteOutcome.unknown("CreateOrder answer does not mention " + reference);
            }
            CreateOrderItem item = found.get();
            if (Integer.valueOf(1).equals(item.success())) {
                boolean given = YunExpressTrackType.fromCode(item.trackType())
                        .map(t -> t == YunExpressTrackType.GIVEN)
                        .orElse(true);
                String tracking = given ? blankToNull(item.trackingNumber()) : null;
                return RemoteOutcome.succeeded(new Parcel(reference, tracking, blankToNull(item.wayBillNumber())));
            }
            if (Integer.valueOf(0).equals(item.success())) {
                String remark = orDefault(item.remark(), "refused without a remark");
                return RemoteOutcome.rejected(
                        isDuplicateReference(remark) ? DUPLICATE_REFERENCE : ORDER_REJECTED, remark);
            }
            return RemoteOutcome.unknown("CreateOrder answered Success=" + item.success() + " for " + reference);
        });
    }

    /** True when a Remark says the customer order number is already taken. */
    public static boolean isDuplicateReference(String remark) {
        if (remark == null) {
            return false;
        }
        String lower = remark.toLowerCase(Locale.ROOT);
        return DUPLICATE_REMARKS.stream().anyMatch(lower::contains);
    }

    // Lookup

    /** The parcel YunExpress holds under our reference, empty when none. */
    public RemoteOutcome<Optional<Parcel>> lookupOutcome(String reference, CarrierReply reply) {
        return read(reply, TrackingNumberAnswer.class, answer -> {
            List<TrackingNumberItem> items = answer.items() == null ? List.of() : answer.items();
            Optional<TrackingNumberItem> found = items.stream()
                    .filter(i -> reference.equals(i.customerOrderNumber()))
                    .findFirst();
            if (found.isEmpty()) {
                return RemoteOutcome.succeeded(Optional.empty());
            }
            TrackingNumberItem item = found.get();
            Optional<YunExpressStatus> status = YunExpressStatus.fromCode(item.status());
            if (status.isPresent() && status.get() == YunExpressStatus.FAILED) {
                String remark = orDefault(item.remark(), "tracking number assignment failed");
                return RemoteOutcome.rejected(TRACKING_NUMBER_FAILED, remark);
            }
            boolean assigned = status.map(s -> s == YunExpressStatus.ASSIGNED).orElse(true);
            String tracking = assigned ? blankToNull(item.trackingNumber()) : null;
            return RemoteOutcome.succeeded(
                    Optional.of(new Parcel(reference, tracking, blankToNull(item.wayBillNumber()))));
        });
    }

    // Label

    /** The number YunExpress prints a label for: its waybill number, or our reference before we know it. */
    public static String labelNumber(Parcel parcel) {
        return orDefault(parcel.carrierWaybill(), parcel.reference());
    }

    /** The Label/Print body: a JSON array holding the parcel's number. */
    public String labelPrintBody(Parcel parcel) {
        return json.writeValueAsString(List.of(labelNumber(parcel)));
    }

    /** The URL of the parcel's label PDF, or YunExpress' reason for not having one. */
    public RemoteOutcome<String> labelUrlOutcome(Parcel parcel, CarrierReply reply) {
        return read(reply, LabelPrintAnswer.class, answer -> {
            List<LabelFile> files = answer.items() == null ? List.of() : answer.items();
            for (LabelFile file : files) {
                List<LabelOrderInfo> infos = file.orderInfos() == null ? List.of() : file.orderInfos();
                Optional<LabelOrderInfo> ours =
                        infos.stream().filter(i -> mentions(i, parcel)).findFirst();
                if (ours.isEmpty()) {
                    continue;
                }
                if (!Integer.valueOf(LabelPrintAnswer.LABEL_OK)
                        .equals(ours.get().code())) {
                    return RemoteOutcome.rejected(
                            String.valueOf(ours.get().code()),
                            orDefault(ours.get().error(), "no label for " + labelNumber(parcel)));
                }
                if (file.url() == null || file.url().isBlank()) {
                    return RemoteOutcome.rejected(NO_LABEL, "label answered without a URL");
                }
                return RemoteOutcome.succeeded(file.url());
            }
            return RemoteOutcome.rejected(NO_LABEL, "no label returned for " + labelNumber(parcel));
        });
    }

    // Delete

    /** The WayBill/Delete body: a JSON array holding the parcel's number (waybill when known, else our reference). */
    public String deleteBody(Parcel parcel) {
        return json.writeValueAsString(List.of(labelNumber(parcel)));
    }

    /**
     * What WayBill/Delete did to the parcel: succeeded when deleted or deleted already; rejected
     * with YunExpress' Remark when refused ({@link #NO_SUCH_ORDER} when it knows no such number,
     * else {@link #DELETE_REFUSED}); unknown when the answer does not say.
     */
    public RemoteOutcome<Void> deleteOutcome(Parcel parcel, CarrierReply reply) {
        return read(reply, DeleteAnswer.class, answer -> {
            List<DeleteItem> items = answer.items() == null ? List.of() : answer.items();
            Optional<DeleteItem> found = items.stream()
                    .filter(i -> i.orderNumber() != null
                            && (i.orderNumber().equals(parcel.reference())
                                    || i.orderNumber().equals(parcel.carrierWaybill())
                                    || i.orderNumber().equals(parcel.trackingNumber())))
                    .findFirst()
                    .or(() -> items.size() == 1 && items.get(0).orderNumber() == null
                            ? Optional.of(items.get(0))
                            : Optional.empty());
            if (found.isEmpty()) {
                return RemoteOutcome.unknown("Delete answer does not mention " + labelNumber(parcel));
            }
            DeleteItem item = found.get();
            if (Integer.valueOf(1).equals(item.success())) {
                return RemoteOutcome.succeeded(null);
            }
            if (Integer.valueOf(0).equals(item.success())) {
                String remark = orDefault(item.remark(), "refused without a remark");
                if (mentionsAny(remark, alreadyDeletedRemarks)) {
                    return RemoteOutcome.succeeded(null);
                }
                return RemoteOutcome.rejected(
                        mentionsAny(remark, notFoundRemarks) ? NO_SUCH_ORDER : DELETE_REFUSED, remark);
            }
            return RemoteOutcome.unknown("Delete answered Success=" + item.success() + " for " + labelNumber(parcel));
        });
    }

    // Tracking

    /** The number YunExpress tracks: its tracking number, else its waybill, else our reference. */
    public static String trackingNumber(Parcel parcel) {
        return orDefault(parcel.trackingNumber(), labelNumber(parcel));
    }

    /**
     * The parcel's events, oldest first, each with YunExpress' text and the status its words say;
     * the parcel's status is YunExpress' {@code PackageState} when it gives one, else the latest
     * event's. An event whose time cannot be read is left out. No item: rejected (no such parcel).
     */
    public RemoteOutcome<ParcelTracking> trackingOutcome(Parcel parcel, CarrierReply reply) {
        String number = trackingNumber(parcel);
        return read(reply, TrackInfoAnswer.class, answer -> {
            List<TrackInfo> infos = answer.items() == null ? List.of() : answer.items();
            Optional<TrackInfo> found = infos.stream()
                    .filter(i -> number.equals(i.trackingNumber())
                            || number.equals(i.waybillNumber())
                            || parcel.reference().equals(i.customerOrderNumber()))
                    .findFirst()
                    .or(() -> infos.size() == 1 ? Optional.of(infos.get(0)) : Optional.empty());
            if (found.isEmpty()) {
                return RemoteOutcome.rejected(NO_SUCH_ORDER, "YunExpress has no tracking for " + number);
            }
            List<TrackingEvent> events = new ArrayList<>();
            List<TrackingDetail> details = found.get().orderTrackingDetails() == null
                    ? List.of()
                    : found.get().orderTrackingDetails();
            for (TrackingDetail detail : details) {
                CarrierTime.parse(detail.processDate(), timeZone)
                        .ifPresent(time -> events.add(new TrackingEvent(
                                time,
                                detail.processContent(),
                                blankToNull(detail.processLocation()),
                                TrackingWords.statusOf(detail.processContent()))));
            }
            ParcelTracking fromEvents = ParcelTracking.fromEvents(number, events);
            TrackingStatus status = YunExpressPackageState.fromCode(found.get().packageState())
                    .flatMap(YunExpressPackageState::tracking)
                    .orElse(fromEvents.status());
            return RemoteOutcome.succeeded(new ParcelTracking(number, status, fromEvents.events()));
        });
    }

    // Intercept and weight

    /** The WayBill/Intercept body: the parcel by waybill when known, else by our reference, and why. */
    public String interceptBody(Parcel parcel, String reason) {
        boolean waybill = parcel.carrierWaybill() != null;
        return json.writeValueAsString(new WaybillChange(
                waybill ? WaybillChange.WAYBILL : WaybillChange.CUSTOMER_ORDER_NUMBER,
                labelNumber(parcel),
                reason,
                null));
    }

    /** The WayBill/UpdateWeight body; the weight in kg. */
    public String updateWeightBody(Parcel parcel, int weightGrams) {
        return json.writeValueAsString(new WaybillChange(null, labelNumber(parcel), null, kilograms(weightGrams)));
    }

    /**
     * What WayBill/Intercept or WayBill/UpdateWeight did (UNCONFIRMED shape): succeeded when accepted;
     * rejected with {@code refusedCode} and YunExpress' Remark when its item refuses; the envelope's
     * refusal as for every call.
     */
    public RemoteOutcome<Void> changeOutcome(CarrierReply reply, String refusedCode) {
        return read(reply, ChangeAnswer.class, answer -> {
            if (answer.item() != null && Integer.valueOf(0).equals(answer.item().outcome())) {
                return RemoteOutcome.rejected(
                        refusedCode, orDefault(answer.item().remark(), orDefault(answer.message(), "refused")));
            }
            return RemoteOutcome.succeeded(null);
        });
    }

    // Freight/GetPriceTrial

    /**
     * The price trial's query (UNCONFIRMED names): {@code CountryCode}, {@code Weight} in kg, the size in cm
     * when known, {@code PostCode} when the address has one.
     */
    public Map<String, String> priceTrialQuery(QuoteRequest request) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("CountryCode", upper(request.countryCode()));
        query.put("Weight", kilograms(request.weightGrams()).toPlainString());
        if (request.dimensions() != null) {
            query.put("Length", String.valueOf(request.dimensions().lengthCm()));
            query.put("Width", String.valueOf(request.dimensions().widthCm()));
            query.put("Height", String.valueOf(request.dimensions().heightCm()));
        }
        if (blankToNull(request.postalCode()) != null) {
            query.put("PostCode", request.postalCode().trim());
        }
        return query;
    }

    /**
     * The products' prices, cheapest first: each item's {@code TotalFee} (else the sum of its fees) in the
     * quote currency, its {@code DeliveryDays} as min/max. A product named in the request but not in the
     * answer is refused as {@link FreightQuote#NOT_OFFERED}; an item without a price is refused with its Remark.
     */
    public RemoteOutcome<List<FreightQuote>> quoteOutcome(QuoteRequest request, CarrierReply reply) {
        return read(reply, PriceTrialAnswer.class, answer -> {
            List<PriceItem> items = answer.items() == null ? List.of() : answer.items();
            List<FreightQuote> quotes = new ArrayList<>();
            for (PriceItem item : items) {
                if (item.code() == null
                        || (request.serviceCode() != null
                                && !request.serviceCode().equalsIgnoreCase(item.code()))) {
                    continue;
                }
                String name = blankToNull(item.cName()) != null ? item.cName() : blankToNull(item.eName());
                BigDecimal total = total(item);
                if (total == null) {
                    quotes.add(FreightQuote.refused(
                            item.code(),
                            name,
                            FreightQuote.NOT_OFFERED,
                            orDefault(item.remark(), "YunExpress gave no price")));
                    continue;
                }
                quotes.add(CarrierQuotes.priced(item.code(), name, total, quoteCurrency, item.deliveryDays()));
            }
            return RemoteOutcome.succeeded(CarrierQuotes.cheapestFirst(
                    request,
                    quotes,
                    "YunExpress",
                    kilograms(request.weightGrams()).toPlainString() + " kg"));
        });
    }

    private static BigDecimal total(PriceItem item) {
        if (item.totalFee() != null) {
            return item.totalFee().signum() > 0 ? item.totalFee() : null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (BigDecimal fee : List.of(
                Objects.requireNonNullElse(item.shippingFee(), BigDecimal.ZERO),
                Objects.requireNonNullElse(item.registrationFee(), BigDecimal.ZERO),
                Objects.requireNonNullElse(item.fuelFee(), BigDecimal.ZERO),
                Objects.requireNonNullElse(item.sundryFee(), BigDecimal.ZERO))) {
            any |= fee.signum() != 0;
            sum = sum.add(fee);
        }
        return any && sum.signum() > 0 ? sum : null;
    }

    private static boolean mentionsAny(String remark, List<String> phrases) {
        String lower = remark.toLowerCase(Locale.ROOT);
        return phrases.stream().anyMatch(lower::contains);
    }

    // Shared

    /**
     * Reads the envelope. Not readable: a refusal when the API answered 4xx, otherwise unknown
     * (the request may have been acted on). Readable: Code "0000" goes on to {@code accepted};
     * any other Code, or the gateway's ResultCode, is a rejection with YunExpress' own words.
     */
    private <A extends YunExpressAnswer, T> RemoteOutcome<T> read(
            CarrierReply reply, Class<A> type, Function<A, RemoteOutcome<T>> accepted) {
        A answer;
        try {
            answer = json.readValue(reply.body(), type);
        } catch (JacksonException e) {
            answer = null;
        }
        if (answer == null) {
            if (reply.isClientError()) {
                return RemoteOutcome.rejected("HTTP_" + reply.httpStatus(), reply.snippet());
            }
            return RemoteOutcome.unknown("unreadable answer (HTTP " + reply.httpStatus() + "): " + reply.snippet());
        }
        if (YunExpressAnswer.ACCEPTED.equals(answer.code())) {
            return accepted.apply(answer);
        }
        if (answer.code() != null && !answer.code().isBlank()) {
            return RemoteOutcome.rejected(answer.code(), Objects.requireNonNullElse(answer.message(), ""));
        }
        if (answer.resultCode() != null) {
            return RemoteOutcome.rejected(
                    String.valueOf(answer.resultCode()), Objects.requireNonNullElse(answer.resultDesc(), "refused"));
        }
        if (reply.isClientError()) {
            return RemoteOutcome.rejected("HTTP_" + reply.httpStatus(), reply.snippet());
        }
        return RemoteOutcome.unknown("answer without Code (HTTP " + reply.httpStatus() + "): " + reply.snippet());
    }

    private static Optional<CreateOrderItem> onlyUnnamed(List<CreateOrderItem> items) {
        return items.size() == 1 && items.get(0).customerOrderNumber() == null
                ? Optional.of(items.get(0))
                : Optional.empty();
    }

    private static boolean mentions(LabelOrderInfo info, Parcel parcel) {
        String number = info.customerOrderNumber();
        return number == null
                || number.equals(parcel.reference())
                || number.equals(parcel.carrierWaybill())
                || number.equals(parcel.trackingNumber());
    }

    private static DeclaredItem toDeclaredItem(CustomsItem item, String currency) {
        return new DeclaredItem(
                item.nameEn(),
                blankToNull(item.nameCn()),
                blankToNull(item.hsCode()),
                item.quantity(),
                item.unitValue(),
                kilograms(item.unitWeightGrams()),
                currency,
                item.sku());
    }

    private static BigDecimal kilograms(int grams) {
        return BigDecimal.valueOf(grams).divide(GRAMS_PER_KG, 3, RoundingMode.UNNECESSARY);
    }
}

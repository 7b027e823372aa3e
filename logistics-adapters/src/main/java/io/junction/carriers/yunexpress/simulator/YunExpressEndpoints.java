package io.junction.carriers.yunexpress.simulator;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.junction.carriers.kit.simulator.AddressRules;
import io.junction.carriers.kit.simulator.FreightTable;
import io.junction.carriers.kit.simulator.ParcelJourney;
import io.junction.carriers.yunexpress.YunExpressPackageState;
import io.junction.carriers.yunexpress.YunExpressStatus;
import io.junction.carriers.yunexpress.dto.ChangeAnswer;
import io.junction.carriers.yunexpress.dto.CreateOrderAnswer;
import io.junction.carriers.yunexpress.dto.CreateOrderAnswer.CreateOrderItem;
import io.junction.carriers.yunexpress.dto.DeleteAnswer;
import io.junction.carriers.yunexpress.dto.DeleteAnswer.DeleteItem;
import io.junction.carriers.yunexpress.dto.LabelPrintAnswer;
import io.junction.carriers.yunexpress.dto.LabelPrintAnswer.LabelFile;
import io.junction.carriers.yunexpress.dto.LabelPrintAnswer.LabelOrderInfo;
import io.junction.carriers.yunexpress.dto.Order;
import io.junction.carriers.yunexpress.dto.PriceTrialAnswer;
import io.junction.carriers.yunexpress.dto.PriceTrialAnswer.PriceItem;
import io.junction.carriers.yunexpress.dto.TrackInfoAnswer;
import io.junction.carriers.yunexpress.dto.TrackInfoAnswer.TrackInfo;
import io.junction.carriers.yunexpress.dto.TrackInfoAnswer.TrackingDetail;
import io.junction.carriers.yunexpress.dto.TrackingNumberAnswer;
import io.junction.carriers.yunexpress.dto.TrackingNumberAnswer.TrackingNumberItem;
import io.junction.carriers.yunexpress.dto.WaybillChange;
import io.junction.carriers.yunexpress.dto.YunExpressAnswer;
import io.junction.logistics.TrackingStatus;
import io.junction.simulator.SimulatorEndpoints;
import io.junction.simulator.label.LabelCaptions;
import io.junction.simulator.label.LabelContent;
import io.junction.simulator.label.LabelRenderer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/** Answers every request under {@code /api/} from the simulator's state, as YunExpress would. */
final class YunExpressEndpoints extends SimulatorEndpoints<YunExpressSimulator> {

    private static final String NOT_AN_ARRAY_CODE = "1001";
    private static final String NOT_AN_ARRAY = "The request body must be a JSON array of order numbers";
    private static final String BAD_PARAMETER = "1001";

    static final String NAME = "yunexpress-simulator";

    private static final String LABELS = "labels/";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String JSON = "application/json; charset=utf-8";

    /** The carrier's own words on its labels, English as on international shipping labels. */
    static final LabelCaptions CAPTIONS = new LabelCaptions("SHIP TO", "From:", "Ref:", "Tel");

    private final LabelRenderer labels = new LabelRenderer(CAPTIONS);

    YunExpressEndpoints(YunExpressSimulator simulator) {
        super(NAME, simulator);
    }

    @Override
    protected ResponseDefinition serve(Request request, URI uri) {
        String path = uri.getPath();
        if (!path.startsWith("/api/")) {
            return text(404, "No such path: " + path);
        }
        String route =
                path.startsWith("/api/") ? path.substring("/api/".length()).toLowerCase(Locale.ROOT) : "";
        boolean post = request.getMethod().equals(RequestMethod.POST);
        boolean get = request.getMethod().equals(RequestMethod.GET);

        if (post && route.equals("waybill/createorder")) {
            simulator.countCreateRequest();
        }
        ResponseDefinition scenario = scenarioAnswer();
        if (scenario != null) {
            return scenario;
        }
        if (!simulator.expectedAuthorization().equals(request.getHeader("Authorization"))) {
            return json(Map.of("ResultCode", 1003, "ResultDesc", "签名错误", "TimeStamp", now().toEpochMilli()));
        }
        if (post && route.equals("waybill/createorder")) {
            return createOrder(request.getBodyAsString());
        }
        if (get && route.equals("waybill/gettrackingnumber")) {
            return trackingNumbers(
                    request.queryParameter("CustomerOrderNumber").isPresent()
                            ? request.queryParameter("CustomerOrderNumber").firstValue()
                            : "");
        }
        if (post && route.equals("waybill/delete")) {
            return delete(request.getBodyAsString());
        }
        if (get && route.equals("tracking/gettrackinfo")) {
            return trackInfo(
                    request.queryParameter("OrderNumber").isPresent()
                            ? request.queryParameter("OrderNumber").firstValue()
                            : "");
        }
        if (post && route.equals("waybill/intercept")) {
            WaybillChange change = change(request.getBodyAsString());
            return changed(change, simulator.book().intercept(change.orderNumber(), simulator.journey(), now()));
        }
        if (post && route.equals("waybill/updateweight")) {
            WaybillChange change = change(request.getBodyAsString());
            return change.weight() == null || change.weight().signum() <= 0
                    ? changed(change, Optional.of("Weight must be greater than 0"))
                    : changed(change, simulator.book().updateWeight(change.orderNumber(), change.weight()));
        }
        if (get && route.equals("freight/getpricetrial")) {
            return priceTrial(request);
        }
        if (post && route.equals("label/print")) {
            return labelPrint(request.getBodyAsString());
        }
        if (get && route.startsWith(LABELS) && route.endsWith(".pdf")) {
            String file = path.substring("/api/".length() + LABELS.length());
            return labelFile(file.substring(0, file.length() - ".pdf".length()));
        }
        return answer(404, JSON, write(Map.of("Code", "404", "Message", "No such API: " + path)));
    }

    private ResponseDefinition createOrder(String body) {
        Order[] orders;
        try {
            orders = json.readValue(body, Order[].class);
        } catch (JacksonException e) {
            orders = null;
        }
        if (orders == null || orders.length == 0) {
            return json(
                    new CreateOrderAnswer("1001", "The request body must be a JSON array of orders", null, null, null));
        }
        Scenarios scenarios = simulator.carrierScenarios();
        String rejectRemark = scenarios.rejectRemark.getAndSet(null);
        boolean trackingLater = scenarios.trackingLater.getAndSet(false);
        List<CreateOrderItem> items = new ArrayList<>();
        for (Order order : orders) {
            items.add(
                    rejectRemark != null
                            ? ParcelBook.failed(order, rejectRemark)
                            : simulator.book().create(order, simulator.services(), trackingLater, now()));
        }
        if (dropsAfterAccepting()) {
            return connectionReset();
        }
        return json(new CreateOrderAnswer(YunExpressAnswer.ACCEPTED, "提交成功", null, null, items));
    }

    private ResponseDefinition trackingNumbers(String customerOrderNumbers) {
        List<TrackingNumberItem> items = new ArrayList<>();
        for (String reference : split(customerOrderNumbers)) {
            simulator
                    .book()
                    .liveByReference(reference)
                    .ifPresent(p -> items.add(new TrackingNumberItem(
                            p.customerOrderNumber(),
                            p.trackingNumber(),
                            p.wayBillNumber(),
                            (p.hasTrackingNumber() ? YunExpressStatus.ASSIGNED : YunExpressStatus.GENERATING).code(),
                            "")));
        }
        return json(new TrackingNumberAnswer(YunExpressAnswer.ACCEPTED, "success", null, null, items));
    }

    /** The order numbers of a body that should be a JSON array of them; none when it is not. */
    private String[] orderNumbers(String body) {
        try {
            String[] numbers = json.readValue(body, String[].class);
            return numbers == null ? new String[0] : numbers;
        } catch (JacksonException e) {
            return new String[0];
        }
    }

    /** WayBill/Delete: each number deleted or refused on its own; the deletions are recorded. */
    private ResponseDefinition delete(String body) {
        String[] numbers = orderNumbers(body);
        if (numbers.length == 0) {
            return json(new DeleteAnswer(NOT_AN_ARRAY_CODE, NOT_AN_ARRAY, null, null, null));
        }
        List<DeleteItem> items = new ArrayList<>();
        for (String number : numbers) {
            simulator.countDeleteRequest(simulator
                    .book()
                    .byAnyNumber(number)
                    .map(SimulatedParcel::customerOrderNumber)
                    .orElse(number));
            Optional<String> refusal = simulator.book().delete(number, simulator.journey(), now());
            if (refusal.isEmpty()) {
                simulator.countDeletion(
                        simulator.book().byAnyNumber(number).orElseThrow().customerOrderNumber());
            }
            items.add(new DeleteItem(number, refusal.isEmpty() ? 1 : 0, refusal.orElse("")));
        }
        if (simulator.carrierScenarios().dropAfterDeleting.getAndSet(false)) {
            return connectionReset();
        }
        return json(new DeleteAnswer(YunExpressAnswer.ACCEPTED, "success", null, null, items));
    }

    /** Tracking/GetTrackInfo: the parcel's journey so far, its state, newest event last. */
    private ResponseDefinition trackInfo(String number) {
        Optional<SimulatedParcel> found = simulator.book().byAnyNumber(number).filter(p -> !p.deleted());
        if (found.isEmpty()) {
            return json(new TrackInfoAnswer(YunExpressAnswer.ACCEPTED, "success", null, null, List.of()));
        }
        SimulatedParcel parcel = found.get();
        List<ParcelJourney.Stop> stops = simulator.book().journeyOf(parcel, simulator.journey(), now());
        List<TrackingDetail> details = stops.stream()
                .map(stop ->
                        new TrackingDetail(LOCAL_TIME.format(stop.time().atZone(CHINA)), stop.text(), stop.location()))
                .toList();
        TrackingStatus status = stops.isEmpty()
                ? TrackingStatus.INFO_RECEIVED
                : stops.get(stops.size() - 1).status();
        return json(new TrackInfoAnswer(
                YunExpressAnswer.ACCEPTED,
                "success",
                null,
                null,
                List.of(new TrackInfo(
                        parcel.customerOrderNumber(),
                        parcel.wayBillNumber(),
                        parcel.trackingNumber(),
                        YunExpressPackageState.of(status).code(),
                        details))));
    }

    private WaybillChange change(String body) {
        try {
            WaybillChange change = json.readValue(body, WaybillChange.class);
            return change == null || change.orderNumber() == null ? new WaybillChange(null, "", null, null) : change;
        } catch (JacksonException e) {
            return new WaybillChange(null, "", null, null);
        }
    }

    /** The answer to an intercept or weight update: accepted, or the order's refusal with its Remark. */
    private ResponseDefinition changed(WaybillChange change, Optional<String> refusal) {
        return json(new ChangeAnswer(
                YunExpressAnswer.ACCEPTED,
                "success",
                null,
                null,
                new ChangeAnswer.ChangeItem(
                        change.orderNumber(), refusal.isEmpty() ? 1 : 0, null, refusal.orElse(""))));
    }

    /**
     * Freight/GetPriceTrial: the simulator's {@link FreightTable} for its shipping methods; a bad country,
     * weight or postcode is refused as a whole with YunExpress' kind of Message.
     */
    private ResponseDefinition priceTrial(Request request) {
        String country = query(request, "CountryCode").trim().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            return json(
                    new PriceTrialAnswer(BAD_PARAMETER, "CountryCode must be a two-letter ISO code", null, null, null));
        }
        BigDecimal kg;
        try {
            kg = new BigDecimal(query(request, "Weight").trim());
        } catch (NumberFormatException e) {
            kg = BigDecimal.ZERO;
        }
        if (kg.signum() <= 0) {
            return json(new PriceTrialAnswer(BAD_PARAMETER, "Weight must be greater than 0", null, null, null));
        }
        String postcode = query(request, "PostCode");
        if (!postcode.isBlank() && !AddressRules.postcodeFits(country, postcode)) {
            return json(new PriceTrialAnswer(
                    BAD_PARAMETER,
                    "Receiver Zip '" + postcode + "' is not valid for country " + country,
                    null,
                    null,
                    null));
        }
        int grams = kg.movePointRight(3).setScale(0, RoundingMode.CEILING).intValueExact();
        List<PriceItem> items = simulator.freightTable().prices(country, grams).stream()
                .map(p -> new PriceItem(
                        p.product().code(),
                        p.product().name(),
                        p.product().name(),
                        p.amount(),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        p.amount(),
                        p.product().daysMin() + "-" + p.product().daysMax(),
                        ""))
                .toList();
        return json(new PriceTrialAnswer(YunExpressAnswer.ACCEPTED, "success", null, null, items));
    }

    private static String query(Request request, String name) {
        return request.queryParameter(name).isPresent()
                ? request.queryParameter(name).firstValue()
                : "";
    }

    private ResponseDefinition labelPrint(String body) {
        String[] numbers = orderNumbers(body);
        if (numbers.length == 0) {
            return json(new LabelPrintAnswer(NOT_AN_ARRAY_CODE, NOT_AN_ARRAY, null, null, null));
        }
        List<LabelFile> files = new ArrayList<>();
        for (String number : numbers) {
            Optional<SimulatedParcel> parcel =
                    simulator.book().byAnyNumber(number).filter(p -> !p.deleted());
            if (parcel.isPresent()) {
                files.add(new LabelFile(
                        simulator.baseUrl() + LABELS + parcel.get().wayBillNumber() + ".pdf",
                        List.of(new LabelOrderInfo(
                                parcel.get().customerOrderNumber(), "", LabelPrintAnswer.LABEL_OK))));
            } else {
                files.add(new LabelFile(
                        null,
                        List.of(new LabelOrderInfo(
                                number, "Order " + number + " not found", LabelPrintAnswer.NO_TEMPLATE))));
            }
        }
        return json(new LabelPrintAnswer(YunExpressAnswer.ACCEPTED, "success", null, null, files));
    }

    private ResponseDefinition labelFile(String wayBillNumber) {
        Optional<SimulatedParcel> found =
                simulator.book().byAnyNumber(wayBillNumber).filter(p -> !p.deleted());
        if (found.isEmpty()) {
            return text(404, "No label " + wayBillNumber);
        }
        SimulatedParcel parcel = found.get();
        String barcode = parcel.hasTrackingNumber() ? parcel.trackingNumber() : parcel.wayBillNumber();
        byte[] label = labels.render(new LabelContent(
                barcode,
                parcel.customerOrderNumber(),
                "YunExpress " + parcel.shippingMethodCode(),
                parcel.recipient(),
                "YunExpress simulator · " + simulator.customerCode()));
        return pdf(label);
    }

    @Override
    protected ResponseDefinition failure(int status) {
        return text(status, "Simulated HTTP " + status);
    }

    private ResponseDefinition json(Object answer) {
        return answer(200, JSON, write(answer));
    }

    private String write(Object answer) {
        return json.writeValueAsString(answer);
    }

    private static ResponseDefinition text(int status, String body) {
        return answer(status, "text/plain; charset=utf-8", body);
    }

    private static String[] split(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }
}

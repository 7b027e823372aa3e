package io.junction.carriers.fourpx.simulator;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.junction.carriers.fourpx.FourPxCarrierAdapter;
import io.junction.carriers.fourpx.FourPxProperties;
import io.junction.carriers.fourpx.dto.Consignment;
import io.junction.carriers.fourpx.dto.CreateOrderRequest;
import io.junction.carriers.fourpx.dto.EstimatedCost;
import io.junction.carriers.fourpx.dto.EstimatedCostRequest;
import io.junction.carriers.fourpx.dto.FopEnvelope;
import io.junction.carriers.fourpx.dto.FopEnvelope.FopError;
import io.junction.carriers.fourpx.dto.LabelData;
import io.junction.carriers.fourpx.dto.RequestNo;
import io.junction.carriers.fourpx.dto.TrackingData;
import io.junction.carriers.fourpx.dto.TrackingData.TrackingItem;
import io.junction.carriers.kit.Md5;
import io.junction.carriers.kit.simulator.AddressRules;
import io.junction.carriers.kit.simulator.FreightTable;
import io.junction.carriers.kit.simulator.ParcelJourney.Stop;
import io.junction.carriers.kit.simulator.SignedPostEndpoints;
import io.junction.simulator.label.LabelCaptions;
import io.junction.simulator.label.LabelContent;
import io.junction.simulator.label.LabelRenderer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers FOP calls from the simulator's state, as 4PX would; and the label files. */
final class FourPxEndpoints extends SignedPostEndpoints<FourPxSimulator> {

    static final String NAME = "fourpx-simulator";
    static final String LABELS = "/fourpx-labels/";
    private static final String REQUIRED = "10001";
    private static final String POSTCODE = "10004";

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LabelCaptions CAPTIONS = new LabelCaptions("SHIP TO", "From:", "Ref:", "Tel");

    private final LabelRenderer labels = new LabelRenderer(CAPTIONS);

    FourPxEndpoints(FourPxSimulator simulator) {
        super(NAME, simulator, FourPxSimulator.BASE_PATH, FourPxCarrierAdapter.CREATE);
    }

    @Override
    protected ResponseDefinition file(Request request, String path) {
        if (request.getMethod().equals(RequestMethod.GET) && path.startsWith(LABELS) && path.endsWith(".pdf")) {
            return labelFile(path.substring(LABELS.length(), path.length() - ".pdf".length()));
        }
        return null;
    }

    @Override
    protected ResponseDefinition call(String method, Map<String, String> query, String body) {
        Optional<FopError> refused = authProblem(query, method, body);
        if (refused.isPresent()) {
            return failed(refused.get());
        }
        return switch (method) {
            case FourPxCarrierAdapter.CREATE -> create(body);
            case FourPxCarrierAdapter.GET -> lookup(body);
            case FourPxCarrierAdapter.LABEL -> label(body);
            case FourPxCarrierAdapter.CANCEL -> cancel(body);
            case FourPxCarrierAdapter.HOLD -> hold(body);
            case FourPxCarrierAdapter.TRACKING -> tracking(body);
            case FourPxProperties.DEFAULT_QUOTE_METHOD -> estimatedCost(body);
            default -> failed(new FopError("0004", "方法不存在 method " + method + " does not exist", null, null));
        };
    }

    /** FOP's gate: a known app key, every parameter, and the signature over parameters, body and secret. */
    private Optional<FopError> authProblem(Map<String, String> query, String method, String body) {
        if (!simulator.appKey().equals(query.get("app_key"))) {
            return Optional.of(new FopError("0001", "app_key不存在 app_key is invalid", null, null));
        }
        String timestamp = query.getOrDefault("timestamp", "");
        String v = query.get("v");
        if (!timestamp.matches("\\d{10,14}") || v == null || !"json".equals(query.get("format"))) {
            return Optional.of(new FopError("0003", "系统参数缺失 timestamp, format or v is missing", null, null));
        }
        String expected = Md5.hex("app_key" + simulator.appKey() + "format" + "json" + "method" + method + "timestamp"
                + timestamp + "v" + v + body + simulator.appSecret());
        if (!expected.equalsIgnoreCase(query.getOrDefault("sign", ""))) {
            return Optional.of(new FopError("0002", "签名错误 sign is invalid", null, null));
        }
        return Optional.empty();
    }

    private ResponseDefinition create(String body) {
        CreateOrderRequest consignment = read(body, CreateOrderRequest.class);
        if (consignment == null) {
            return failed(new FopError("0005", "请求体格式错误 the body is not a consignment", null, null));
        }
        Optional<FopError> staged = simulator.takeStagedRejection(consignment.refNo());
        if (staged.isPresent()) {
            return failed(staged.get());
        }
        ConsignmentBook.Result result = simulator.book().create(consignment, simulator.services(), now());
        if (result.error() != null) {
            return failed(result.error());
        }
        if (dropsAfterAccepting()) {
            return connectionReset();
        }
        SimulatedConsignment c = result.booked();
        return succeeded(new Consignment(c.dsConsignmentNo(), c.trackingNo(), c.trackingNo(), null, c.refNo(), null));
    }

    /** {@code ds.xms.order.get}: {@code request_no} may list several numbers (comma-separated); found ones answer. */
    private ResponseDefinition lookup(String body) {
        RequestNo request = read(body, RequestNo.class);
        if (request == null || request.requestNo() == null) {
            return failed(new FopError("10001", "request_no不能为空 request_no is required", null, null));
        }
        List<Map<String, Consignment>> found = new ArrayList<>();
        for (String number : split(request.requestNo())) {
            simulator
                    .book()
                    .byAnyNumber(number)
                    .ifPresent(c -> found.add(Map.of(
                            "consignment_info",
                            new Consignment(
                                    c.dsConsignmentNo(),
                                    c.trackingNo(),
                                    c.trackingNo(),
                                    null,
                                    c.refNo(),
                                    statusOf(c)))));
        }
        return succeeded(found);
    }

    private String statusOf(SimulatedConsignment c) {
        if (c.cancelled()) {
            return FourPxSimulator.CANCELLED_STATUS;
        }
        return ConsignmentBook.isReceived(c, now(), simulator.journey()) ? "P" : "S";
    }

    private ResponseDefinition label(String body) {
        RequestNo request = read(body, RequestNo.class);
        Optional<SimulatedConsignment> found = live(request);
        if (found.isEmpty()) {
            return notFound(request);
        }
        String url = simulator.rootUrl() + LABELS + found.get().dsConsignmentNo() + ".pdf";
        return succeeded(new LabelData(new LabelData.LabelUrlInfo(url)));
    }

    private ResponseDefinition cancel(String body) {
        RequestNo request = read(body, RequestNo.class);
        if (request == null || request.requestNo() == null) {
            return notFound(request);
        }
        Optional<FopError> refused = simulator.book().cancel(request.requestNo(), now(), simulator.journey());
        if (refused.isEmpty()) {
            simulator.countCancellation(request.requestNo());
        }
        return refused.map(this::failed).orElseGet(() -> succeeded(null));
    }

    private ResponseDefinition hold(String body) {
        RequestNo request = read(body, RequestNo.class);
        if (request == null || request.requestNo() == null || !"Y".equals(request.isHold())) {
            return failed(new FopError("10001", "is_hold必须为Y is_hold must be Y", null, null));
        }
        return simulator
                .book()
                .hold(request.requestNo(), now(), simulator.journey())
                .map(this::failed)
                .orElseGet(() -> succeeded(null));
    }

    private ResponseDefinition tracking(String body) {
        TrackingData request = read(body, TrackingData.class);
        Optional<SimulatedConsignment> found = request == null || request.deliveryOrderNo() == null
                ? Optional.empty()
                : simulator.book().byAnyNumber(request.deliveryOrderNo()).filter(c -> !c.cancelled());
        if (found.isEmpty()) {
            return notFound(request == null ? null : RequestNo.lookup(request.deliveryOrderNo()));
        }
        SimulatedConsignment c = found.get();
        List<TrackingItem> items = new ArrayList<>();
        for (Stop stop : simulator
                .journey()
                .eventsAt(
                        c.booked(),
                        c.heldAt(),
                        now(),
                        c.recipient().city(),
                        c.recipient().countryCode())) {
            items.add(new TrackingItem(
                    "FPX_" + stop.status().name(),
                    LOCAL_TIME.format(stop.time().atZone(CHINA)),
                    stop.location(),
                    stop.text()));
        }
        // 4PX lists the newest event first
        Collections.reverse(items);
        return succeeded(new TrackingData(c.trackingNo(), items));
    }

    /**
     * The estimated cost from the simulator's {@link FreightTable}: a missing country or weight, or a postcode
     * of the wrong shape, is refused as a whole with 4PX's kind of error; a named product it does not offer
     * is answered with that product's error.
     */
    private ResponseDefinition estimatedCost(String body) {
        EstimatedCostRequest request = read(body, EstimatedCostRequest.class);
        if (request == null
                || request.countryCode() == null
                || !request.countryCode().matches("[A-Z]{2}")) {
            return failed(new FopError(REQUIRED, "目的国家不能为空 country_code is required", null, null));
        }
        if (request.weight() == null || request.weight() <= 0) {
            return failed(new FopError(REQUIRED, "重量必须大于0 weight must be greater than 0", null, null));
        }
        String country = request.countryCode();
        if (request.postCode() != null && !AddressRules.postcodeFits(country, request.postCode())) {
            return failed(new FopError(
                    POSTCODE,
                    "收件人邮编格式不正确 post_code '" + request.postCode() + "' is not valid for " + country,
                    null,
                    null));
        }
        List<String> wanted = request.logisticsProductCode() == null ? List.of() : request.logisticsProductCode();
        FreightTable table = simulator.freightTable();
        List<EstimatedCost> costs = new ArrayList<>();
        for (FreightTable.Price price : table.prices(country, request.weight())) {
            if (wanted.isEmpty() || wanted.contains(price.product().code())) {
                costs.add(new EstimatedCost(
                        price.product().code(),
                        price.product().name(),
                        price.amount(),
                        "CNY",
                        price.product().daysMin() + "-" + price.product().daysMax(),
                        null));
            }
        }
        for (String code : wanted) {
            if (costs.stream().noneMatch(c -> c.logisticsProductCode().equals(code))) {
                costs.add(new EstimatedCost(
                        code, null, null, null, null, "该产品不可用 product " + code + " is not available for this parcel"));
            }
        }
        return succeeded(costs);
    }

    private ResponseDefinition labelFile(String dsConsignmentNo) {
        Optional<SimulatedConsignment> found =
                simulator.book().byAnyNumber(dsConsignmentNo).filter(c -> !c.cancelled());
        if (found.isEmpty()) {
            return answer(404, "text/plain; charset=utf-8", "No label " + dsConsignmentNo);
        }
        SimulatedConsignment c = found.get();
        byte[] label = labels.render(new LabelContent(
                c.trackingNo(),
                c.refNo(),
                "4PX " + c.productCode(),
                c.recipient(),
                "4PX simulator · " + simulator.appKey()));
        return pdf(label);
    }

    private Optional<SimulatedConsignment> live(RequestNo request) {
        return request == null || request.requestNo() == null
                ? Optional.empty()
                : simulator.book().byAnyNumber(request.requestNo()).filter(c -> !c.cancelled());
    }

    private ResponseDefinition notFound(RequestNo request) {
        String number = request == null ? null : request.requestNo();
        return failed(new FopError(
                ConsignmentBook.NOT_FOUND, "订单不存在 consignment " + number + " does not exist", null, number));
    }

    private ResponseDefinition succeeded(Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("result", FopEnvelope.SUCCEEDED);
        envelope.put("msg", "成功");
        envelope.put("errors", List.of());
        envelope.put("data", data);
        return answer(200, JSON, json.writeValueAsString(envelope));
    }

    private ResponseDefinition failed(FopError error) {
        return answer(
                200, JSON, json.writeValueAsString(new FopEnvelope(FopEnvelope.FAILED, "失败", List.of(error), null)));
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

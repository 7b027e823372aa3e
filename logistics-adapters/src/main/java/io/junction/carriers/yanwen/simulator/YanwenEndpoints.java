package io.junction.carriers.yanwen.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.junction.carriers.kit.Md5;
import io.junction.carriers.kit.simulator.SignedPostEndpoints;
import io.junction.carriers.yanwen.YanwenCarrierAdapter;
import io.junction.carriers.yanwen.YanwenStatus;
import io.junction.carriers.yanwen.dto.CreateOrder;
import io.junction.carriers.yanwen.dto.WaybillRequest;
import io.junction.carriers.yanwen.dto.YanwenLabel;
import io.junction.carriers.yanwen.dto.YanwenOrder;
import io.junction.channel.Address;
import io.junction.simulator.label.LabelCaptions;
import io.junction.simulator.label.LabelContent;
import io.junction.simulator.label.LabelRenderer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers Yanwen's open API calls from the simulator's state, as Yanwen would. */
final class YanwenEndpoints extends SignedPostEndpoints<YanwenSimulator> {

    static final String NAME = "yanwen-simulator";

    private static final LabelCaptions CAPTIONS = new LabelCaptions("SHIP TO", "From:", "Ref:", "Tel");

    private final LabelRenderer labels = new LabelRenderer(CAPTIONS);

    YanwenEndpoints(YanwenSimulator simulator) {
        super(NAME, simulator, YanwenSimulator.BASE_PATH, YanwenCarrierAdapter.CREATE);
    }

    @Override
    protected ResponseDefinition call(String method, Map<String, String> query, String body) {
        if (!simulator.userId().equals(query.get("user_id"))) {
            return refused("401", "用户不存在 user_id is invalid");
        }
        String timestamp = query.getOrDefault("timestamp", "");
        if (!timestamp.matches("\\d{10,14}") || !"V1.0".equals(query.get("version"))) {
            return refused("402", "参数缺失 timestamp or version is missing");
        }
        String expected = Md5.hex(simulator.apiToken() + simulator.userId() + body + "json" + method + timestamp
                + "V1.0" + simulator.apiToken());
        if (!expected.equalsIgnoreCase(query.getOrDefault("sign", ""))) {
            return refused("403", "签名错误 sign is invalid");
        }
        return switch (method) {
            case YanwenCarrierAdapter.CREATE -> create(body);
            case YanwenCarrierAdapter.LIST -> list(body);
            case YanwenCarrierAdapter.LABEL -> label(body);
            case YanwenCarrierAdapter.CANCEL -> cancel(body);
            default -> refused("404", "方法不存在 method " + method + " does not exist");
        };
    }

    private ResponseDefinition create(String body) {
        CreateOrder order = read(body, CreateOrder.class);
        if (order == null) {
            return refused("1000", "请求格式错误 the body is not an order");
        }
        Optional<OrderRules.Refusal> staged = simulator.takeStagedRejection();
        if (staged.isPresent()) {
            return refused(staged.get().code(), staged.get().message());
        }
        Optional<OrderRules.Refusal> problem = OrderRules.problem(order, simulator.services());
        if (problem.isPresent()) {
            return refused(problem.get().code(), problem.get().message());
        }
        Optional<SimulatedOrder> booked = simulator.book(order, now());
        if (booked.isEmpty()) {
            return refused(OrderRules.DUPLICATE, "订单号已存在 orderNumber " + order.orderNumber() + " already exists");
        }
        if (dropsAfterAccepting()) {
            return connectionReset();
        }
        SimulatedOrder o = booked.get();
        return succeeded(new YanwenOrder(o.waybillNumber(), o.orderNumber(), "YW" + o.waybillNumber(), null, null));
    }

    /** {@code express.order.getlist}: the numbers it knows answer, the others are left out (partial success). */
    private ResponseDefinition list(String body) {
        WaybillRequest request = read(body, WaybillRequest.class);
        if (request == null
                || request.listNumber() == null
                || request.listNumber().isEmpty()) {
            return refused(OrderRules.REQUIRED, "单号集合不能为空 listNumber is required");
        }
        List<YanwenOrder> found = new ArrayList<>();
        for (String number : request.listNumber()) {
            simulator
                    .byAnyNumber(number)
                    .ifPresent(o -> found.add(new YanwenOrder(
                            o.waybillNumber(),
                            o.orderNumber(),
                            "YW" + o.waybillNumber(),
                            null,
                            statusOf(o).code())));
        }
        return succeeded(found);
    }

    private YanwenStatus statusOf(SimulatedOrder o) {
        if (o.cancelled()) {
            return YanwenStatus.CANCELLED;
        }
        YanwenStatus status = YanwenStatus.of(simulator
                .journey()
                .statusAt(
                        o.booked(),
                        null,
                        now(),
                        o.recipient().city(),
                        o.recipient().countryCode()));
        return o.received() && status == YanwenStatus.CREATED ? YanwenStatus.RECEIVED : status;
    }

    private ResponseDefinition label(String body) {
        WaybillRequest request = read(body, WaybillRequest.class);
        Optional<SimulatedOrder> found = request == null || request.waybillNumber() == null
                ? Optional.empty()
                : simulator.byAnyNumber(request.waybillNumber()).filter(o -> !o.cancelled());
        if (found.isEmpty()) {
            String number = request == null ? null : request.waybillNumber();
            return succeeded(new YanwenLabel(number, false, "运单不存在 waybill " + number + " does not exist", null, null));
        }
        SimulatedOrder o = found.get();
        byte[] pdf = labels.render(new LabelContent(
                o.waybillNumber(),
                o.orderNumber(),
                "Yanwen " + o.channelId(),
                o.recipient(),
                "Yanwen simulator · " + simulator.userId()));
        return succeeded(new YanwenLabel(
                o.waybillNumber(), true, null, Base64.getEncoder().encodeToString(pdf), "10x10"));
    }

    private ResponseDefinition cancel(String body) {
        WaybillRequest request = read(body, WaybillRequest.class);
        String number = request == null ? null : request.waybillNumber();
        Optional<SimulatedOrder> found = number == null ? Optional.empty() : simulator.byAnyNumber(number);
        if (found.isEmpty()) {
            return refused("2001", "运单不存在 waybill " + number + " does not exist");
        }
        SimulatedOrder o = found.get();
        if (o.cancelled()) {
            return refused("2003", "运单已取消 waybill " + number + " already cancelled");
        }
        if (o.received() || statusOf(o) != YanwenStatus.CREATED) {
            return refused("2002", "运单已收货，不能取消 waybill " + number + " has been received and cannot be cancelled");
        }
        simulator.cancel(o);
        return succeeded(null);
    }

    private ResponseDefinition succeeded(Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("success", true);
        envelope.put("code", "0");
        envelope.put("message", "成功");
        envelope.put("data", data);
        return answer(200, JSON, json.writeValueAsString(envelope));
    }

    private ResponseDefinition refused(String code, String message) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("success", false);
        envelope.put("code", code);
        envelope.put("message", message);
        envelope.put("data", null);
        return answer(200, JSON, json.writeValueAsString(envelope));
    }

    static Address toAddress(CreateOrder.ReceiverInfo r) {
        return new Address(
                r.name(), r.company(), r.address(), null, r.city(), r.state(), r.zipCode(), r.country(), r.phone());
    }
}

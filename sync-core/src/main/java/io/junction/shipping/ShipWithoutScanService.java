package io.junction.shipping;

import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMapper;
import io.junction.order.RefundOverrideMapper;
import io.junction.order.Refusal;
import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanRefusedException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Bulk ship (勾选发货): a clerk ships printed orders whose packages all carry a tracking number, without scanning
 * them. Each ships as the station ships a fully scanned package ({@link ScanOutService#shipPackage}): the same
 * move to SHIPPED, stock deducted, the marketplace confirmation queued once, the history naming the clerk and
 * {@value #NOTE}. Open to every clerk: a seller who does not scan has no station to go through.
 */
@Service
public class ShipWithoutScanService {

    /** The history's words for an order shipped this way. */
    public static final String NOTE = "shipped without scanning";

    private final OrderTransitions transitions;
    private final PackageMapper packages;
    private final RefundOverrideMapper overrides;
    private final ScanOutService station;
    private final BatchActionRunner batch;

    public ShipWithoutScanService(
            OrderTransitions transitions,
            PackageMapper packages,
            RefundOverrideMapper overrides,
            ScanOutService station,
            BatchActionRunner batch) {
        this.transitions = transitions;
        this.packages = packages;
        this.overrides = overrides;
        this.station = station;
        this.batch = batch;
    }

    /** Ships each order, in its own transaction; an order that may not ship is refused with the reason. */
    public BatchActionResult ship(List<Long> orderIds, String actor) {
        return batch.run(orderIds, id -> ship(transitions.load(id), actor));
    }

    private void ship(Order order, String actor) {
        refuseUnshippable(order);
        List<OrderPackage> found = packages.findByOrder(order.id());
        for (OrderPackage pkg : found) {
            if (pkg.trackingNumber() == null || pkg.trackingNumber().isBlank()) {
                throw refused(
                        order,
                        Refusal.of(Refusal.NO_TRACKING_NUMBER, pkg.packageNo()),
                        "package " + pkg.packageNo()
                                + " has no tracking number yet: book its parcel or enter one first");
            }
        }
        if (found.isEmpty()) {
            throw refused(
                    order,
                    Refusal.of(Refusal.NO_TRACKING_NUMBER, order.platformOrderId()),
                    "it has no package with a tracking number");
        }
        for (OrderPackage pkg : found) {
            if (pkg.shippedAt() != null) {
                continue;
            }
            try {
                station.shipPackage(pkg, actor, NOTE);
            } catch (ScanRefusedException shippedMeanwhile) {
                // another call (a station, a second click) shipped it first: this transaction undoes its own part
                throw alreadyShipped(order);
            }
        }
    }

    /** Why the order may not ship now, checked before anything is written. */
    private void refuseUnshippable(Order order) {
        switch (order.status()) {
            case SHIPPED -> throw alreadyShipped(order);
            case ON_HOLD ->
                throw refused(
                        order,
                        Refusal.of(Refusal.HELD, String.valueOf(order.statusReason())),
                        "on hold (" + order.statusReason() + "): release it first");
            case PENDING_PRINT -> {
                String packageNo = packages.findByOrder(order.id()).stream()
                        .map(OrderPackage::packageNo)
                        .findFirst()
                        .orElse(order.platformOrderId());
                throw refused(
                        order,
                        Refusal.of(Refusal.LABEL_NOT_PRINTED, packageNo),
                        "its label is not printed yet: print it first");
            }
            // waiting for its tracking number: the packages say which one lacks it
            case PENDING_TRACKING, PENDING_SHIPMENT -> {}
            default ->
                throw refused(
                        order,
                        Refusal.of(Refusal.WRONG_STATUS, order.status(), OrderStatus.PENDING_SHIPMENT),
                        "Order is " + order.status() + ", not " + OrderStatus.PENDING_SHIPMENT);
        }
        if (order.platformState() == null) {
            return;
        }
        switch (order.platformState()) {
            case CANCELLED ->
                throw refused(
                        order,
                        Refusal.of(Refusal.PLATFORM_CANCELLED, order.platform()),
                        "cancelled on " + order.platform());
            case REFUND_REQUESTED -> {
                if (!overrides.exists(order.id())) {
                    throw refused(
                            order,
                            Refusal.of(Refusal.PLATFORM_REFUND_OPEN, order.platform()),
                            "the buyer's refund request is still open on " + order.platform());
                }
            }
            case SHIPPED ->
                throw refused(
                        order,
                        Refusal.of(Refusal.PLATFORM_SHIPPED, order.platform()),
                        order.platform() + " says it has shipped: check it there before it ships twice");
            default -> {}
        }
    }

    private static OrderActionException alreadyShipped(Order order) {
        return refused(order, Refusal.of(Refusal.ALREADY_SHIPPED, order.platformOrderId()), "already shipped");
    }

    private static OrderActionException refused(Order order, Refusal refusal, String reason) {
        return new OrderActionException(order.id(), refusal, "Order " + order.platformOrderId() + ": " + reason);
    }
}

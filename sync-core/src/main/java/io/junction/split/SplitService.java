package io.junction.split;

import io.junction.channel.Channels;
import io.junction.order.LocalEditMapper;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderLine;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageLine;
import io.junction.order.PackageMaker;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.order.RefusedArgumentException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Splits an allocated order (运单号申请, no parcel requested yet) into packages by line and quantity.
 * The order's packages so far are withdrawn (no parcel can exist for them) and one package is made per
 * part, each with the warehouse SKUs its lines were allocated with; the stock reserved for the order
 * stays reserved. Every unit of every line must be in exactly one package.
 */
@Service
public class SplitService {

    /** One line's units in one package. */
    public record Part(long lineId, int quantity) {}

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final LocalEditMapper locks;
    private final PackageMaker maker;
    private final OrderTransitions transitions;
    private final Channels channels;
    private final Clock clock;

    public SplitService(
            OrderMapper orders,
            PackageMapper packages,
            LocalEditMapper locks,
            PackageMaker maker,
            OrderTransitions transitions,
            Channels channels,
            Clock clock) {
        this.orders = orders;
        this.packages = packages;
        this.locks = locks;
        this.maker = maker;
        this.transitions = transitions;
        this.channels = channels;
        this.clock = clock;
    }

    /**
     * Splits the order into {@code parts}, one package per element, and answers the new packages.
     *
     * @throws RefusedArgumentException when the parts do not divide the order's lines exactly
     * @throws OrderActionException when the order is not allocated, a parcel is requested already, or
     *     its marketplace takes whole-order shipments only
     */
    @Transactional
    public List<OrderPackage> split(long orderId, List<List<Part>> parts, String actor) {
        if (locks.lockOrder(orderId) == null) {
            transitions.load(orderId);
        }
        Order order = transitions.load(orderId);
        Map<Long, OrderLine> lines = new LinkedHashMap<>();
        orders.lines(orderId).forEach(l -> lines.put(l.id(), l));
        check(order, lines, parts);
        List<OrderPackage> before = packages.lockByOrder(orderId);
        if (before.isEmpty()) {
            throw new OrderActionException(
                    orderId,
                    Refusal.of(Refusal.SPLIT_WRONG_STATUS, order.status()),
                    "The order has no package to split");
        }
        Map<Long, List<PackageLine>> components = components(before);
        for (OrderPackage pkg : before) {
            if (packages.carriedOrders(pkg.id()).size() > 1) {
                throw new OrderActionException(
                        orderId,
                        Refusal.of(Refusal.SPLIT_MERGED, pkg.packageNo()),
                        "Package " + pkg.packageNo() + " carries merged orders: undo the merge before splitting");
            }
            if (pkg.preadviceStatus() != PreAdviceStatus.NONE && pkg.preadviceStatus() != PreAdviceStatus.REJECTED) {
                throw new OrderActionException(
                        orderId,
                        Refusal.of(Refusal.PARCEL_REQUESTED, pkg.packageNo(), pkg.preadviceStatus()),
                        "The parcel of package " + pkg.packageNo() + " is requested already");
            }
        }
        for (OrderPackage pkg : before) {
            if (packages.stopPreAdvice(pkg.id(), pkg.version(), PreAdviceStatus.WITHDRAWN) == 0) {
                throw new OrderActionException(
                        orderId,
                        Refusal.of(Refusal.CHANGED_MEANWHILE, order.status()),
                        "Package " + pkg.packageNo() + " changed while the order was being split; try again");
            }
        }
        long methodId = before.get(0).logisticsMethodId();
        List<OrderPackage> made = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (List<Part> part : parts) {
            List<PackageMaker.Content> contents = new ArrayList<>();
            List<String> items = new ArrayList<>();
            for (Part p : part) {
                for (PackageLine c : components.get(p.lineId())) {
                    contents.add(new PackageMaker.Content(
                            p.lineId(), c.skuId(), p.quantity() * c.unitsPerItem(), c.unitsPerItem()));
                }
                items.add(lines.get(p.lineId()).platformSku() + "×" + p.quantity());
            }
            OrderPackage pkg = maker.make(orderId, methodId, contents);
            made.add(pkg);
            said.add(pkg.packageNo() + " (" + String.join(", ", items) + ")");
        }
        if (locks.touchOrder(orderId, order.version(), clock.instant()) == 0) {
            throw new OrderActionException(
                    orderId,
                    Refusal.of(Refusal.CHANGED_MEANWHILE, order.status()),
                    "Order changed while it was being split; reload and try again");
        }
        transitions.note(order, actor, "split into " + parts.size() + " packages: " + String.join("; ", said));
        return made;
    }

    private void check(Order order, Map<Long, OrderLine> lines, List<List<Part>> parts) {
        if (order.status() != OrderStatus.PENDING_TRACKING) {
            throw new OrderActionException(
                    order.id(),
                    Refusal.of(Refusal.SPLIT_WRONG_STATUS, order.status()),
                    "Only an allocated order waiting for its tracking numbers can be split; this one is "
                            + order.status());
        }
        if (channels.serves(order.platform())
                && !channels.connector(order.platform()).canConfirmPartialShipment()) {
            throw new OrderActionException(
                    order.id(),
                    Refusal.of(Refusal.SPLIT_UNSUPPORTED, order.platform()),
                    order.platform() + " confirms whole orders only: it cannot be told about a split shipment");
        }
        if (parts == null || parts.size() < 2) {
            throw new RefusedArgumentException(
                    Refusal.of(Refusal.SPLIT_TOO_FEW), "A split needs at least two packages");
        }
        Map<Long, Integer> placed = new HashMap<>();
        Map<Long, Integer> packagesOfLine = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            List<Part> part = parts.get(i);
            Set<Long> linesOfPackage = new HashSet<>();
            if (part == null || part.isEmpty()) {
                throw new RefusedArgumentException(
                        Refusal.of(Refusal.SPLIT_EMPTY_PACKAGE, i + 1), "Package " + (i + 1) + " holds nothing");
            }
            for (Part p : part) {
                OrderLine line = lines.get(p.lineId());
                if (line == null) {
                    throw new RefusedArgumentException(
                            Refusal.of(Refusal.NO_SUCH_LINE, p.lineId(), order.id()),
                            "Order " + order.id() + " has no line " + p.lineId());
                }
                if (p.quantity() < 1) {
                    throw new RefusedArgumentException(
                            Refusal.of(Refusal.QUANTITY_AT_LEAST_ONE, line.platformSku()),
                            "The quantity of " + line.platformSku() + " must be at least 1");
                }
                placed.merge(p.lineId(), p.quantity(), Integer::sum);
                if (linesOfPackage.add(p.lineId())) {
                    packagesOfLine.merge(p.lineId(), 1, Integer::sum);
                }
            }
        }
        boolean linesWhole = channels.serves(order.platform())
                && !channels.connector(order.platform()).canShipPartOfALine();
        for (OrderLine line : lines.values()) {
            if (linesWhole && packagesOfLine.getOrDefault(line.id(), 0) > 1) {
                throw new RefusedArgumentException(
                        Refusal.of(Refusal.SPLIT_LINE_WHOLE, order.platform(), line.platformSku(), line.quantity()),
                        order.platform() + " ships a line whole: put all " + line.quantity() + " of "
                                + line.platformSku() + " in one package");
            }
        }
        for (OrderLine line : lines.values()) {
            int inPackages = placed.getOrDefault(line.id(), 0);
            if (inPackages != line.quantity()) {
                throw new RefusedArgumentException(
                        Refusal.of(Refusal.SPLIT_UNITS_MISMATCH, line.platformSku(), line.quantity(), inPackages),
                        "The packages hold " + inPackages + " of " + line.platformSku() + ", the order "
                                + line.quantity() + ": every unit goes in exactly one package");
            }
        }
    }

    /**
     * The warehouse SKUs of each order line as allocated, one per component, from the order's packages so
     * far (a line already split over several packages is found in each; its components are the same).
     */
    private Map<Long, List<PackageLine>> components(List<OrderPackage> current) {
        Map<Long, Map<Long, PackageLine>> byLine = new LinkedHashMap<>();
        for (OrderPackage pkg : current) {
            for (PackageLine l : packages.lines(pkg.id())) {
                byLine.computeIfAbsent(l.orderLineId(), k -> new LinkedHashMap<>())
                        .putIfAbsent(l.skuId(), l);
            }
        }
        Map<Long, List<PackageLine>> result = new HashMap<>();
        byLine.forEach((line, bySku) -> result.put(line, List.copyOf(bySku.values())));
        return result;
    }
}

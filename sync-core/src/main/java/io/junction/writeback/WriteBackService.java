package io.junction.writeback;

import io.junction.channel.ShipmentConfirmation;
import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethod;
import io.junction.logistics.MarketplaceCarrier;
import io.junction.order.Order;
import io.junction.order.OrderLine;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.PackageLine;
import io.junction.order.PackageMapper;
import io.junction.order.WriteBackStatus;
import io.junction.outbox.Outbox;
import io.junction.outbox.OutboxRelay;
import io.junction.outbox.OutboxRelays;
import io.junction.outcome.RemoteOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirms shipments to marketplaces from the outbox. Its {@link OutboxRelay} claims due rows with a
 * lease; this service calls the connector outside any transaction and records the outcome: confirmed,
 * retried later with jittered back-off, or failed with the reason.
 */
@Service
public class WriteBackService {

    /** Where the outbox's settings are: {@code junction.write-back.max-attempts}, {@code .poll-interval}, … */
    static final String SETTINGS = "junction.write-back";

    private static final Duration LEASE = Duration.ofMinutes(2);

    private final OutboxMapper outbox;
    private final OrderMapper orders;
    private final PackageMapper packages;
    private final MarketplaceCall marketplace;
    private final Carriers carriers;
    private final Clock clock;
    private final OutboxRelay<OutboxEntry> relay;

    public WriteBackService(
            OutboxMapper outbox,
            OrderMapper orders,
            PackageMapper packages,
            MarketplaceCall marketplace,
            Carriers carriers,
            Clock clock,
            OutboxRelays relays) {
        this.outbox = outbox;
        this.orders = orders;
        this.packages = packages;
        this.marketplace = marketplace;
        this.carriers = carriers;
        this.clock = clock;
        this.relay = relays.relay(new Outbox<>("wb_outbox", outbox, this::confirm), SETTINGS, LEASE, 8);
    }

    /**
     * Writes the confirmation row of a package that ships in the caller's transaction; none for a resend's
     * package, whose marketplace was told of the original order's shipment already (a resend is never merged).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(long orderId, long packageId) {
        if (orders.findById(orderId).isResend()) {
            return;
        }
        outbox.insert(orderId, packageId, clock.instant());
    }

    /** The relay of the confirmations (see {@link WriteBackRelayConfiguration}); tests drive it directly. */
    public OutboxRelay<OutboxEntry> relay() {
        return relay;
    }

    /** Sends one claimed confirmation and records what the marketplace said. */
    private void confirm(OutboxEntry entry) {
        OrderPackage pkg = packages.findById(entry.packageId());
        // a merged package confirms each order it carries with its tracking number; one that the
        // marketplace refuses or leaves unanswered decides the row (a resend meets "already shipped"
        // for those confirmed, which counts as success)
        RemoteOutcome<Void> outcome = null;
        List<Order> carried = new ArrayList<>();
        for (long orderId : packages.carriedOrders(pkg.id())) {
            Order order = orders.findById(orderId);
            carried.add(order);
            if (outcome == null || outcome instanceof RemoteOutcome.Succeeded) {
                // a row that cannot even be sent is retried and eventually failed like any other, instead of
                // stalling the rows claimed with it
                outcome = marketplace.ask(
                        order.shopId(),
                        "Write-back of outbox row " + entry.id() + " (package " + entry.packageId() + ")",
                        (connector, access) -> connector.confirmShipment(access, confirmation(order, pkg)));
            }
        }
        RemoteOutcome<Void> said = outcome;
        relay.settle(() -> {
            record(entry, carried.get(0), said);
            for (Order other : carried.subList(1, carried.size())) {
                resummarise(outbox, orders, other.id(), clock.instant());
            }
        });
    }

    private void record(OutboxEntry entry, Order order, RemoteOutcome<Void> outcome) {
        Instant now = clock.instant();
        if (outcome instanceof RemoteOutcome.Succeeded) {
            outbox.markConfirmed(entry.id(), now);
        } else if (outcome instanceof RemoteOutcome.Rejected<Void> r) {
            outbox.markFailed(entry.id(), "Marketplace refused: " + r.code() + " " + r.message());
        } else {
            relay.unanswered(
                    entry,
                    ((RemoteOutcome.Unknown<Void>) outcome).cause(),
                    (next, cause) -> outbox.markRetry(entry.id(), next, cause),
                    reason -> outbox.markFailed(entry.id(), reason));
        }
        resummarise(outbox, orders, order.id(), now);
    }

    /**
     * Sets a shipped order's write-back sub-state from its packages' confirmations, in the caller's transaction.
     * The order's row is locked before its confirmations are read: a package shipped meanwhile commits its
     * confirmation row together with the order's move, so it is either read here or its PENDING is written after
     * this, and the order never reads CONFIRMED while one of its packages still waits.
     */
    static void resummarise(OutboxMapper outbox, OrderMapper orders, long orderId, Instant now) {
        outbox.lockOrder(orderId);
        orders.updateWriteBackStatus(orderId, summarise(outbox.findByOrder(orderId)), now);
    }

    /** The order's sub-state from its packages' confirmations: failed wins, then pending. */
    static WriteBackStatus summarise(List<OutboxEntry> entries) {
        if (entries.stream().anyMatch(e -> e.status() == OutboxStatus.FAILED)) {
            return WriteBackStatus.FAILED;
        }
        if (entries.stream().anyMatch(e -> e.status() == OutboxStatus.PENDING)) {
            return WriteBackStatus.PENDING;
        }
        return WriteBackStatus.CONFIRMED;
    }

    /** The confirmation of one shipped package, as the marketplace is told it. */
    ShipmentConfirmation confirmation(Order order, OrderPackage pkg) {
        LogisticsMethod method = carriers.method(pkg.logisticsMethodId());
        Map<Long, OrderLine> lines =
                orders.lines(order.id()).stream().collect(Collectors.toMap(OrderLine::id, Function.identity()));
        // per platform line, never per component: a bundle's components all stand for the same units sold
        Map<Long, Integer> packedQuantity = new LinkedHashMap<>();
        for (PackageLine l : packages.lines(pkg.id())) {
            // a merged package holds other orders' lines too: each order is told of its own
            if (lines.containsKey(l.orderLineId())) {
                packedQuantity.putIfAbsent(l.orderLineId(), l.platformQuantity());
            }
        }
        List<ShipmentConfirmation.Item> items = packedQuantity.entrySet().stream()
                .map(e -> new ShipmentConfirmation.Item(lines.get(e.getKey()).platformLineId(), e.getValue()))
                .toList();
        boolean wholeOrder =
                lines.values().stream().allMatch(line -> packedQuantity.getOrDefault(line.id(), 0) >= line.quantity());
        MarketplaceCarrier carrier = carriers.marketplaceCarrier(method, order.platform());
        return new ShipmentConfirmation(
                order.platformOrderId(),
                order.marketplaceId(),
                pkg.id(),
                carrier.code(),
                carrier.name(),
                method.name(),
                pkg.trackingNumber(),
                pkg.shippedAt(),
                items,
                wholeOrder);
    }
}

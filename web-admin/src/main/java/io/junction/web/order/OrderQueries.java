package io.junction.web.order;

import io.junction.allocation.AllocationBlockMapper;
import io.junction.logistics.Carriers;
import io.junction.logistics.ParcelCancellation;
import io.junction.logistics.ParcelCancellationMapper;
import io.junction.order.AllocationBlock;
import io.junction.order.BlockItem;
import io.junction.order.Order;
import io.junction.order.OrderEditService;
import io.junction.order.OrderFilter;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.PackageMapper;
import io.junction.shop.ShopScope;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.writeback.OutboxEntry;
import io.junction.writeback.OutboxMapper;
import io.junction.writeback.TrackingChangeMapper;
import io.junction.writeback.TrackingChangeService;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Reads orders for the list, the tab counts and the detail page: only those of the shops in scope. */
@Service
public class OrderQueries {

    public static final int MAX_PAGE_SIZE = 500;

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final SkuMapper skus;
    private final OutboxMapper outbox;
    private final Carriers carriers;
    private final ParcelCancellationMapper cancellations;
    private final TrackingChangeMapper trackingChanges;
    private final TrackingChangeService trackingChangeService;
    private final ShopScope scope;
    private final AllocationBlockMapper blocks;
    private final OrderEditService edits;

    public OrderQueries(
            OrderMapper orders,
            PackageMapper packages,
            SkuMapper skus,
            OutboxMapper outbox,
            Carriers carriers,
            ParcelCancellationMapper cancellations,
            TrackingChangeMapper trackingChanges,
            TrackingChangeService trackingChangeService,
            ShopScope scope,
            AllocationBlockMapper blocks,
            OrderEditService edits) {
        this.edits = edits;
        this.orders = orders;
        this.packages = packages;
        this.skus = skus;
        this.outbox = outbox;
        this.carriers = carriers;
        this.cancellations = cancellations;
        this.trackingChanges = trackingChanges;
        this.trackingChangeService = trackingChangeService;
        this.scope = scope;
        this.blocks = blocks;
    }

    /** One page of the list (pages count from 0) and how many orders match in all. */
    public record Page(List<OrderView> items, long total) {}

    public Page list(OrderFilter filter, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page counts from 0, got " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            // the offset would overflow into a negative one
            throw new IllegalArgumentException("page " + page + " lies past any order there can be");
        }
        OrderFilter scoped = filter.within(scope.shopIds());
        List<Order> found = orders.search(scoped, page * size, size);
        List<BlockItem> blocked = blockItems(found);
        List<OrderView> items =
                found.stream().map(o -> OrderView.of(o, blocked)).toList();
        return new Page(items, orders.count(scoped));
    }

    /** What the blocks of these orders name, in one query for the page. */
    private List<BlockItem> blockItems(List<Order> found) {
        List<Long> ids = found.stream()
                .filter(o -> o.allocationBlock() != null)
                .map(Order::id)
                .toList();
        return ids.isEmpty() ? List.of() : blocks.items(ids);
    }

    /**
     * How many orders waiting for allocation stand with each block, every block listed, and under {@code null}
     * those with none (never tried yet).
     */
    public Map<AllocationBlock, Long> blockCounts() {
        Map<AllocationBlock, Long> counts = new LinkedHashMap<>();
        for (AllocationBlock block : AllocationBlock.values()) {
            counts.put(block, 0L);
        }
        counts.put(null, 0L);
        blocks.countByBlock(scope.shopIds()).forEach(c -> counts.put(c.block(), c.count()));
        return counts;
    }

    /** Orders per status, every status present (zero where none). */
    public Map<OrderStatus, Long> counts(OrderFilter filter) {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, 0L);
        }
        orders.countByStatus(filter.within(scope.shopIds())).forEach(c -> counts.put(c.status(), c.count()));
        return counts;
    }

    /** Whether the package is one of the order's. */
    public boolean hasPackage(long orderId, long packageId) {
        OrderPackage pkg = packages.findById(packageId);
        return pkg != null && pkg.orderId() == orderId;
    }

    /** What a package holds, warehouse SKU by SKU, as "SKU×2". */
    private List<String> contents(long packageId) {
        return packages.lines(packageId).stream()
                .map(l -> skus.findById(l.skuId()).sku() + "×" + l.quantity())
                .toList();
    }

    public OrderDetail detail(long orderId) {
        Order order = orders.findById(orderId);
        if (order == null || !scope.includes(order.shopId())) {
            throw new NoSuchElementException("No order " + orderId);
        }
        List<OrderDetail.Line> lines = orders.lines(orderId).stream()
                .map(l -> {
                    WarehouseSku sku = l.skuId() == null ? null : skus.findById(l.skuId());
                    return new OrderDetail.Line(
                            l.id(),
                            l.platformLineId(),
                            l.platformSku(),
                            sku == null ? null : sku.sku(),
                            l.title(),
                            l.quantity(),
                            l.unitPrice(),
                            l.reserved());
                })
                .toList();
        Map<Long, OutboxEntry> confirmations = outbox.findByOrder(orderId).stream()
                .collect(Collectors.toMap(OutboxEntry::packageId, Function.identity()));
        Map<Long, ParcelCancellation> cancelled = cancellations.findByOrder(orderId).stream()
                .collect(Collectors.toMap(ParcelCancellation::packageId, Function.identity()));
        List<OrderDetail.Package> pkgs = packages.findAllByOrder(orderId).stream()
                .map(p -> {
                    OutboxEntry wb = confirmations.get(p.id());
                    ParcelCancellation c = cancelled.get(p.id());
                    return new OrderDetail.Package(
                            p.id(),
                            p.packageNo(),
                            p.preadviceStatus(),
                            p.preadviceError(),
                            p.trackingNumber(),
                            p.carrierWaybill(),
                            p.weightGrams(),
                            p.printCount(),
                            p.shippedAt(),
                            wb == null ? null : wb.status().name(),
                            wb == null ? null : wb.lastError(),
                            p.preadviceStatus().isActive(),
                            c == null ? null : c.status().name(),
                            c == null ? null : c.lastError(),
                            c == null ? null : c.trackingNumber(),
                            contents(p.id()));
                })
                .toList();
        boolean editable = edits.whyNotEditable(order) == null;
        String method = order.logisticsMethodId() == null
                ? null
                : carriers.method(order.logisticsMethodId()).name();
        return new OrderDetail(
                OrderView.of(order, blockItems(List.of(order))),
                order.shipTo(),
                method,
                lines,
                pkgs,
                orders.history(orderId),
                trackingChanges.findByOrder(orderId),
                trackingChangeService.changeable(order),
                edits.localEdits(orderId),
                editable,
                editable && lines.stream().noneMatch(OrderDetail.Line::reserved),
                order.status() == OrderStatus.PENDING_TRACKING
                        && editable
                        && !packages.findByOrder(orderId).isEmpty());
    }
}

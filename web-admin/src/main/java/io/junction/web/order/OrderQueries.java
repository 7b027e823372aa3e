package io.junction.web.order;

import io.junction.allocation.AllocationBlockMapper;
import io.junction.logistics.Carriers;
import io.junction.logistics.ParcelCancellation;
import io.junction.logistics.ParcelCancellationMapper;
import io.junction.order.AllocationBlock;
import io.junction.order.BlockItem;
import io.junction.order.Order;
import io.junction.order.OrderCursor;
import io.junction.order.OrderEditService;
import io.junction.order.OrderFilter;
import io.junction.order.OrderList;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderSort;
import io.junction.order.OrderStatus;
import io.junction.order.PackageMapper;
import io.junction.shop.ShopScope;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.tracking.StoredEvent;
import io.junction.tracking.TrackingMapper;
import io.junction.tracking.TrackingPoll;
import io.junction.writeback.OutboxEntry;
import io.junction.writeback.OutboxMapper;
import io.junction.writeback.TrackingChangeMapper;
import io.junction.writeback.TrackingChangeService;
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
    private final OrderList list;
    private final TrackingMapper tracking;

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
            OrderEditService edits,
            OrderList list,
            TrackingMapper tracking) {
        this.edits = edits;
        this.tracking = tracking;
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
        this.list = list;
    }

    /**
     * One page of the list and how many orders match in all.
     *
     * @param total how many orders match, or {@link OrderList#COUNT_CAP} when more do ({@code totalCapped})
     * @param next the {@code after} token of the next page, null on the last
     * @param previous the {@code before} token of the page before, null on the first
     */
    public record Page(List<OrderView> items, long total, boolean totalCapped, String next, String previous) {}

    /** A page (pages count from 0) in the default sort, counting every order before it. */
    public Page list(OrderFilter filter, int page, int size) {
        return list(filter, OrderSort.PRIORITY, null, null, page, size);
    }

    /**
     * A page in {@code sort}: after the {@code after} token or before the {@code before} token when one is given
     * (keyset paging: a deep page costs what the first does), else page {@code page} counting from 0.
     *
     * @throws IllegalArgumentException for a token of another sort or none this list handed out
     */
    public Page list(OrderFilter filter, OrderSort sort, String after, String before, int page, int size) {
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
        OrderCursor from = after == null ? null : OrderCursor.parse(after, sort);
        OrderCursor to = before == null ? null : OrderCursor.parse(before, sort);
        OrderFilter scoped = filter.within(scope.shopIds());
        OrderList.Page found = list.page(scoped, sort, from, to, from == null && to == null ? page * size : 0, size);
        List<BlockItem> blocked = blockItems(found.orders());
        OrderList.Items listed = list.items(found.orders());
        List<OrderView> items = found.orders().stream()
                .map(o -> OrderView.of(o, blocked, listed))
                .toList();
        OrderList.Count total = list.count(scoped);
        return new Page(
                items,
                total.value(),
                total.capped(),
                found.next() == null ? null : found.next().token(),
                found.previous() == null ? null : found.previous().token());
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

    /**
     * Orders per status as the filter (its status aside) selects them, every status present (zero where none); a
     * count stops at {@link OrderList#COUNT_CAP} ({@link OrderList.Count#capped()}).
     */
    public Map<OrderStatus, OrderList.Count> counts(OrderFilter filter) {
        return list.countsByStatus(filter.within(scope.shopIds()));
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
        List<OrderPackage> all = packages.findAllByOrder(orderId);
        List<Long> packageIds = all.stream().map(OrderPackage::id).toList();
        Map<Long, TrackingPoll> polls = packageIds.isEmpty()
                ? Map.of()
                : tracking.findByPackages(packageIds).stream()
                        .collect(Collectors.toMap(TrackingPoll::packageId, Function.identity()));
        Map<Long, List<OrderDetail.TrackingStep>> journeys = packageIds.isEmpty()
                ? Map.of()
                : tracking.events(packageIds).stream()
                        .collect(Collectors.groupingBy(
                                StoredEvent::packageId,
                                Collectors.mapping(
                                        e -> new OrderDetail.TrackingStep(
                                                e.eventTime(), e.status(), e.description(), e.location()),
                                        Collectors.toList())));
        List<OrderDetail.Package> pkgs = all.stream()
                .map(p -> {
                    OutboxEntry wb = confirmations.get(p.id());
                    ParcelCancellation c = cancelled.get(p.id());
                    TrackingPoll poll = polls.get(p.id());
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
                            contents(p.id()),
                            poll == null ? null : poll.trackingStatus(),
                            poll == null ? null : poll.statusSince(),
                            journeys.getOrDefault(p.id(), List.of()));
                })
                .toList();
        boolean editable = edits.whyNotEditable(order) == null;
        String method = order.logisticsMethodId() == null
                ? null
                : carriers.method(order.logisticsMethodId()).name();
        return new OrderDetail(
                OrderView.of(order, blockItems(List.of(order)), list.items(List.of(order))),
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

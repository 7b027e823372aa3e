package io.junction.allocation;

import io.junction.customs.CustomsMapper;
import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethod;
import io.junction.order.AllocationBlock;
import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.BlockItem;
import io.junction.order.Order;
import io.junction.order.OrderLine;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMaker;
import io.junction.order.PackageMapper;
import io.junction.order.Refusal;
import io.junction.persistence.GeneratedId;
import io.junction.shop.ShopService;
import io.junction.sku.Pairing;
import io.junction.sku.PairingService;
import io.junction.sku.PairingsChanged;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.stock.StockLedger;
import io.junction.stock.StockReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates reviewed orders. Everything for one order happens in one transaction: if any line cannot be
 * paired or any of its warehouse SKUs reserved, nothing is reserved and the order stays where it was, with
 * the reason reported and its block ({@link AllocationBlock}) stored on the order, in a transaction of its
 * own, so that the order list says why it waits. An allocated order's block is cleared. A bundle's line
 * reserves each of its components, through the stock ledger.
 */
@Service
public class AllocationService {

    private static final Logger log = LoggerFactory.getLogger(AllocationService.class);

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final SkuMapper skus;
    private final StockLedger ledger;
    private final AllocationBlockMapper blocks;
    private final ShopService shops;
    private final Carriers carriers;
    private final OrderTransitions transitions;
    private final BatchActionRunner batch;
    private final PairingService pairings;
    private final AllocationMapper waitingOrders;
    private final TransactionTemplate tx;
    private final CustomsMapper customs;

    public AllocationService(
            OrderMapper orders,
            PackageMapper packages,
            SkuMapper skus,
            StockLedger ledger,
            AllocationBlockMapper blocks,
            ShopService shops,
            Carriers carriers,
            OrderTransitions transitions,
            BatchActionRunner batch,
            PairingService pairings,
            AllocationMapper waitingOrders,
            PlatformTransactionManager txManager,
            CustomsMapper customs) {
        this.customs = customs;
        this.orders = orders;
        this.packages = packages;
        this.skus = skus;
        this.ledger = ledger;
        this.blocks = blocks;
        this.shops = shops;
        this.carriers = carriers;
        this.transitions = transitions;
        this.batch = batch;
        this.pairings = pairings;
        this.waitingOrders = waitingOrders;
        this.tx = new TransactionTemplate(txManager);
    }

    public BatchActionResult allocate(List<Long> orderIds, String actor) {
        return batch.runEach(orderIds, id -> {
            try {
                tx.executeWithoutResult(status -> allocate(id, actor));
            } catch (AllocationBlockedException blocked) {
                tx.executeWithoutResult(status -> record(id, blocked.block(), blocked.items()));
                throw blocked;
            }
        });
    }

    /**
     * Allocates the reviewed orders that wait on these platform SKUs (an allocation found them unpaired, and a
     * pairing of them was just added or changed), earliest ship-by first, then oldest: each as a clerk's allocation would, all of it
     * or nothing. Those that still cannot be allocated (stock, customs data, logistics method) stay
     * where they are, with the reason in the answer and on the order.
     */
    public BatchActionResult reallocateWaitingOn(Collection<String> platformSkus, String actor) {
        if (platformSkus.isEmpty()) {
            return new BatchActionResult(List.of(), List.of());
        }
        return allocate(waitingOrders.waitingOn(Set.copyOf(platformSkus)), actor);
    }

    /**
     * A pairing came into force: the orders waiting on it move by themselves, once it is committed, in the
     * system's name (the orders may be in shops the person who paired cannot see).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void pairingsChanged(PairingsChanged changed) {
        BatchActionResult result =
                reallocateWaitingOn(changed.platformSkus(), "auto-allocation (pairing by " + changed.actor() + ")");
        if (!result.succeeded().isEmpty()) {
            log.info(
                    "Pairing of {} by {} allocated orders {}",
                    changed.platformSkus(),
                    changed.actor(),
                    result.succeeded());
        }
    }

    private void allocate(long orderId, String actor) {
        Order order = transitions.load(orderId, OrderStatus.PENDING_ALLOCATION);
        List<OrderLine> lines = orders.lines(orderId);
        List<List<Component>> paired = pair(order, lines);
        LogisticsMethod method = logisticsMethod(order);
        checkStock(order, lines, paired);
        reserve(orderId, lines, paired, actor);
        int weight = 0;
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            for (Component component : paired.get(i)) {
                weight += component.sku().weightGrams() * line.quantity() * component.unitsPerItem();
            }
            if (!line.reserved()) {
                orders.markLineReserved(line.id(), true);
            }
        }
        GeneratedId packageId = new GeneratedId();
        // The reference is derived from the id the insert generates; MySQL lets no generated column read an
        // AUTO_INCREMENT one, so it is set by a second statement in the same transaction.
        packages.insert(packageId, orderId, "PENDING-" + orderId, method.id(), Math.max(weight, 1));
        packages.assignPackageNo(packageId.get(), packageNo(packageId.get()));
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            for (Component component : paired.get(i)) {
                packages.insertLine(
                        packageId.get(),
                        line.id(),
                        component.sku().id(),
                        line.quantity() * component.unitsPerItem(),
                        component.unitsPerItem());
            }
        }
        customs.copyFromSku(packageId.get());
        orders.setLogisticsMethod(orderId, method.id());
        record(orderId, null, List.of());
        transitions.move(
                transitions.load(orderId),
                OrderStatus.PENDING_TRACKING,
                actor,
                "allocated: stock reserved, shipping by " + method.name());
    }

    /**
     * Reserves what the unreserved lines need, one ledger row per warehouse SKU, in ascending SKU order, so that
     * two allocations sharing SKUs never wait on each other in a circle. Stock taken meanwhile by another
     * allocation blocks the order for that SKU (its availability read before this order reserved it).
     */
    private void reserve(long orderId, List<OrderLine> lines, List<List<Component>> paired, String actor) {
        Map<Long, Integer> needed = new TreeMap<>();
        Map<Long, String> codes = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).reserved()) {
                continue;
            }
            for (Component component : paired.get(i)) {
                needed.merge(component.sku().id(), lines.get(i).quantity() * component.unitsPerItem(), Integer::sum);
                codes.put(component.sku().id(), component.sku().sku());
            }
        }
        StockReference reference = StockReference.order(orderId);
        for (Map.Entry<Long, Integer> need : needed.entrySet()) {
            if (!ledger.reserve(need.getKey(), need.getValue(), reference, actor)) {
                int available = skus.findById(need.getKey()).available();
                String code = codes.get(need.getKey());
                throw new AllocationBlockedException(
                        orderId,
                        AllocationBlock.OUT_OF_STOCK,
                        List.of(new BlockItem(orderId, need.getKey(), code, need.getValue() - Math.max(available, 0))),
                        Refusal.of(Refusal.NOT_ENOUGH_STOCK, code, need.getValue(), available),
                        "Not enough stock of " + code + ": " + need.getValue() + " needed, " + available
                                + " available");
            }
        }
    }

    /** Stores why the order waits (or, with null, that it no longer does). */
    private void record(long orderId, AllocationBlock block, List<BlockItem> items) {
        blocks.deleteItems(orderId);
        if (blocks.setBlock(orderId, block) == 1 && !items.isEmpty()) {
            blocks.insertItems(items);
        }
    }

    /** Our package reference: unique, short, scannable, and what the carrier sees as its customer order number. */
    static String packageNo(long packageId) {
        return PackageMaker.packageNo(packageId);
    }

    private LogisticsMethod logisticsMethod(Order order) {
        Long methodId = order.logisticsMethodId() != null
                ? order.logisticsMethodId()
                : shops.get(order.shopId()).defaultLogisticsMethodId();
        if (methodId == null) {
            throw new AllocationBlockedException(
                    order.id(),
                    AllocationBlock.NO_LOGISTICS_METHOD,
                    List.of(),
                    Refusal.of(Refusal.NO_LOGISTICS_METHOD),
                    "No logistics method: set one on the order or a default on its shop");
        }
        return carriers.method(methodId);
    }

    /** One warehouse SKU of an order line, {@code unitsPerItem} of it per unit sold. */
    private record Component(WarehouseSku sku, int unitsPerItem) {}

    /**
     * The warehouse SKUs of each line, as the pairing in force now says (the shop's, else the platform's,
     * else the global one), else the warehouse SKU whose code the platform SKU is exactly. Blocked with every
     * unpaired platform SKU named, then with every SKU without customs data. Each line records its SKU (none
     * for a bundle), and its package lines will record the components, so that what follows the allocation
     * (release, pick, scan, ship, write-back) keeps to them whatever the pairing becomes.
     */
    private List<List<Component>> pair(Order order, List<OrderLine> lines) {
        Map<String, Pairing> inForce = pairings.inForce(
                order.shopId(),
                order.platform(),
                lines.stream().map(OrderLine::platformSku).toList());
        List<List<Component>> paired = new ArrayList<>();
        Set<String> unpaired = new LinkedHashSet<>();
        for (OrderLine line : lines) {
            Pairing pairing = inForce.get(line.platformSku());
            List<Component> components = new ArrayList<>();
            if (pairing != null) {
                pairing.components()
                        .forEach(c -> components.add(new Component(skus.findById(c.skuId()), c.quantity())));
            } else {
                WarehouseSku sku = skus.findBySkuExactly(line.platformSku());
                if (sku == null) {
                    unpaired.add(line.platformSku());
                } else {
                    components.add(new Component(sku, 1));
                }
            }
            paired.add(components);
        }
        if (!unpaired.isEmpty()) {
            String skusAtFault = String.join(", ", unpaired);
            throw new AllocationBlockedException(
                    order.id(),
                    AllocationBlock.UNPAIRED,
                    unpaired.stream()
                            .map(code -> new BlockItem(order.id(), null, code, null))
                            .toList(),
                    Refusal.of(Refusal.SKU_NOT_PAIRED, skusAtFault),
                    "SKU " + skusAtFault + " is not paired with a warehouse SKU");
        }
        Map<Long, WarehouseSku> noCustoms = new LinkedHashMap<>();
        paired.stream()
                .flatMap(List::stream)
                .map(Component::sku)
                .filter(sku -> !sku.hasCustomsData())
                .forEach(sku -> noCustoms.putIfAbsent(sku.id(), sku));
        if (!noCustoms.isEmpty()) {
            String first = noCustoms.values().iterator().next().sku();
            throw new AllocationBlockedException(
                    order.id(),
                    AllocationBlock.NO_CUSTOMS_DATA,
                    noCustoms.values().stream()
                            .map(sku -> new BlockItem(order.id(), sku.id(), sku.sku(), null))
                            .toList(),
                    Refusal.of(Refusal.NO_CUSTOMS_DATA, first),
                    "Warehouse SKU " + first + " has no customs data (English name and value)");
        }
        for (int i = 0; i < lines.size(); i++) {
            List<Component> components = paired.get(i);
            Long skuId = components.size() == 1 ? components.get(0).sku().id() : null;
            if (!Objects.equals(lines.get(i).skuId(), skuId)) {
                orders.pairLine(lines.get(i).id(), skuId);
            }
        }
        return paired;
    }

    /**
     * Blocks the order, naming every warehouse SKU short of stock and by how much, unless the stock covers
     * all its unreserved lines' components together.
     */
    private void checkStock(Order order, List<OrderLine> lines, List<List<Component>> paired) {
        Map<Long, Integer> needed = new LinkedHashMap<>();
        Map<Long, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).reserved()) {
                continue;
            }
            for (Component component : paired.get(i)) {
                needed.merge(component.sku().id(), lines.get(i).quantity() * component.unitsPerItem(), Integer::sum);
                codes.put(component.sku().id(), component.sku().sku());
            }
        }
        List<BlockItem> missing = new ArrayList<>();
        Refusal first = null;
        String reason = null;
        for (Map.Entry<Long, Integer> need : needed.entrySet()) {
            int available = skus.findById(need.getKey()).available();
            if (available < need.getValue()) {
                String code = codes.get(need.getKey());
                missing.add(new BlockItem(order.id(), need.getKey(), code, need.getValue() - Math.max(available, 0)));
                if (first == null) {
                    first = Refusal.of(Refusal.NOT_ENOUGH_STOCK, code, need.getValue(), available);
                    reason = "Not enough stock of " + code + ": " + need.getValue() + " needed, " + available
                            + " available";
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new AllocationBlockedException(order.id(), AllocationBlock.OUT_OF_STOCK, missing, first, reason);
        }
    }
}

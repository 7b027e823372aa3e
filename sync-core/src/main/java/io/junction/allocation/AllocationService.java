package io.junction.allocation;

import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethod;
import io.junction.order.AllocationBlock;
import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.BlockItem;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderLine;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMapper;
import io.junction.order.Refusal;
import io.junction.persistence.GeneratedId;
import io.junction.shop.ShopService;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.stock.StockLedger;
import io.junction.stock.StockReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates reviewed orders. Everything for one order happens in one transaction: if any line
 * cannot be paired or reserved, nothing is reserved and the order stays where it was, with the
 * reason reported and its block ({@link AllocationBlock}) stored on the order, in a transaction of its
 * own, so that the order list says why it waits. An allocated order's block is cleared.
 */
@Service
public class AllocationService {

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final SkuMapper skus;
    private final StockLedger ledger;
    private final AllocationBlockMapper blocks;
    private final ShopService shops;
    private final Carriers carriers;
    private final OrderTransitions transitions;
    private final BatchActionRunner batch;
    private final TransactionTemplate tx;

    public AllocationService(OrderMapper orders, PackageMapper packages, SkuMapper skus, StockLedger ledger,
            AllocationBlockMapper blocks, ShopService shops, Carriers carriers, OrderTransitions transitions,
            BatchActionRunner batch, PlatformTransactionManager txManager) {
        this.orders = orders;
        this.packages = packages;
        this.skus = skus;
        this.ledger = ledger;
        this.blocks = blocks;
        this.shops = shops;
        this.carriers = carriers;
        this.transitions = transitions;
        this.batch = batch;
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

    private void allocate(long orderId, String actor) {
        Order order = transitions.load(orderId);
        if (order.status() != OrderStatus.PENDING_ALLOCATION) {
            throw new OrderActionException(orderId,
                    Refusal.of(Refusal.WRONG_STATUS, order.status(), OrderStatus.PENDING_ALLOCATION),
                    "Order is " + order.status() + ", not PENDING_ALLOCATION");
        }
        List<OrderLine> lines = orders.lines(orderId);
        List<WarehouseSku> paired = pair(order, lines);
        LogisticsMethod method = logisticsMethod(order);
        checkStock(order, lines, paired);
        int weight = 0;
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            WarehouseSku sku = paired.get(i);
            if (!line.reserved()) {
                if (!ledger.reserve(sku.id(), line.quantity(), StockReference.order(orderId), actor)) {
                    // taken meanwhile by another allocation: say what is missing now
                    checkStock(order, lines.subList(i, lines.size()), paired.subList(i, paired.size()));
                    throw new IllegalStateException("stock of " + sku.sku() + " changed while order " + orderId
                            + " was allocated");
                }
                orders.markLineReserved(line.id(), true);
            }
            if (line.skuId() == null) {
                orders.pairLine(line.id(), sku.id());
            }
            weight += sku.weightGrams() * line.quantity();
        }
        GeneratedId packageId = new GeneratedId();
        // The reference is derived from the id the insert generates; MySQL lets no generated column read an
        // AUTO_INCREMENT one, so it is set by a second statement in the same transaction.
        packages.insert(packageId, orderId, "PENDING-" + orderId, method.id(), Math.max(weight, 1));
        packages.assignPackageNo(packageId.get(), packageNo(packageId.get()));
        for (int i = 0; i < lines.size(); i++) {
            packages.insertLine(packageId.get(), lines.get(i).id(), paired.get(i).id(), lines.get(i).quantity());
        }
        orders.setLogisticsMethod(orderId, method.id());
        record(orderId, null, List.of());
        transitions.move(transitions.load(orderId), OrderStatus.PENDING_TRACKING, actor,
                "allocated: stock reserved, shipping by " + method.name());
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
        return String.format("JN%010d", packageId);
    }

    private LogisticsMethod logisticsMethod(Order order) {
        Long methodId = order.logisticsMethodId() != null
                ? order.logisticsMethodId() : shops.get(order.shopId()).defaultLogisticsMethodId();
        if (methodId == null) {
            throw new AllocationBlockedException(order.id(), AllocationBlock.NO_LOGISTICS_METHOD, List.of(),
                    Refusal.of(Refusal.NO_LOGISTICS_METHOD),
                    "No logistics method: set one on the order or a default on its shop");
        }
        return carriers.method(methodId);
    }

    /**
     * The warehouse SKU of each line. Exact-match pairing: the platform SKU is the warehouse SKU code. Every
     * unpaired line is named, then every SKU without customs data.
     */
    private List<WarehouseSku> pair(Order order, List<OrderLine> lines) {
        List<WarehouseSku> paired = new ArrayList<>();
        List<BlockItem> unpaired = new ArrayList<>();
        for (OrderLine line : lines) {
            WarehouseSku sku = line.skuId() != null
                    ? skus.findById(line.skuId()) : skus.findBySkuExactly(line.platformSku());
            paired.add(sku);
            if (sku == null && unpaired.stream().noneMatch(u -> u.code().equals(line.platformSku()))) {
                unpaired.add(new BlockItem(order.id(), null, line.platformSku(), null));
            }
        }
        if (!unpaired.isEmpty()) {
            String first = unpaired.get(0).code();
            throw new AllocationBlockedException(order.id(), AllocationBlock.UNPAIRED, unpaired,
                    Refusal.of(Refusal.SKU_NOT_PAIRED, first), "SKU " + first + " is not paired with a warehouse SKU");
        }
        List<BlockItem> noCustoms = new ArrayList<>();
        for (WarehouseSku sku : paired) {
            if (!sku.hasCustomsData() && noCustoms.stream().noneMatch(n -> n.skuId() == sku.id())) {
                noCustoms.add(new BlockItem(order.id(), sku.id(), sku.sku(), null));
            }
        }
        if (!noCustoms.isEmpty()) {
            String first = noCustoms.get(0).code();
            throw new AllocationBlockedException(order.id(), AllocationBlock.NO_CUSTOMS_DATA, noCustoms,
                    Refusal.of(Refusal.NO_CUSTOMS_DATA, first),
                    "Warehouse SKU " + first + " has no customs data (English name and value)");
        }
        return paired;
    }

    /** Refuses the order, naming every SKU short of stock and by how much, unless the stock covers all its lines. */
    private void checkStock(Order order, List<OrderLine> lines, List<WarehouseSku> paired) {
        Map<Long, Integer> needed = new LinkedHashMap<>();
        Map<Long, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).reserved()) {
                needed.merge(paired.get(i).id(), lines.get(i).quantity(), Integer::sum);
                codes.put(paired.get(i).id(), paired.get(i).sku());
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

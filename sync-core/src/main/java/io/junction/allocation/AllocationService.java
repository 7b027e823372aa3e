package io.junction.allocation;

import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethod;
import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
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
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Allocates reviewed orders. Everything for one order happens in one transaction: if any line
 * cannot be paired or reserved, nothing is reserved and the order stays where it was, with the
 * reason reported.
 */
@Service
public class AllocationService {

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final SkuMapper skus;
    private final ShopService shops;
    private final Carriers carriers;
    private final OrderTransitions transitions;
    private final BatchActionRunner batch;

    public AllocationService(OrderMapper orders, PackageMapper packages, SkuMapper skus, ShopService shops,
            Carriers carriers, OrderTransitions transitions, BatchActionRunner batch) {
        this.orders = orders;
        this.packages = packages;
        this.skus = skus;
        this.shops = shops;
        this.carriers = carriers;
        this.transitions = transitions;
        this.batch = batch;
    }

    public BatchActionResult allocate(List<Long> orderIds, String actor) {
        return batch.run(orderIds, id -> allocate(id, actor));
    }

    private void allocate(long orderId, String actor) {
        Order order = transitions.load(orderId, OrderStatus.PENDING_ALLOCATION);
        LogisticsMethod method = logisticsMethod(order);
        List<OrderLine> lines = orders.lines(orderId);
        List<WarehouseSku> paired = new ArrayList<>();
        for (OrderLine line : lines) {
            paired.add(pair(order, line));
        }
        int weight = 0;
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            WarehouseSku sku = paired.get(i);
            if (!line.reserved()) {
                if (skus.reserve(sku.id(), line.quantity()) == 0) {
                    int available = skus.findById(sku.id()).available();
                    throw new OrderActionException(orderId,
                            Refusal.of(Refusal.NOT_ENOUGH_STOCK, sku.sku(), line.quantity(), available),
                            "Not enough stock of " + sku.sku() + ": " + line.quantity() + " needed, " + available
                                    + " available");
                }
                orders.markLineReserved(line.id(), true);
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
        transitions.move(transitions.load(orderId), OrderStatus.PENDING_TRACKING, actor,
                "allocated: stock reserved, shipping by " + method.name());
    }

    /** Our package reference: unique, short, scannable, and what the carrier sees as its customer order number. */
    static String packageNo(long packageId) {
        return String.format("JN%010d", packageId);
    }

    private LogisticsMethod logisticsMethod(Order order) {
        Long methodId = order.logisticsMethodId() != null
                ? order.logisticsMethodId() : shops.get(order.shopId()).defaultLogisticsMethodId();
        if (methodId == null) {
            throw new OrderActionException(order.id(), Refusal.of(Refusal.NO_LOGISTICS_METHOD),
                    "No logistics method: set one on the order or a default on its shop");
        }
        return carriers.method(methodId);
    }

    /** Exact-match pairing: the platform SKU is the warehouse SKU code. */
    private WarehouseSku pair(Order order, OrderLine line) {
        WarehouseSku sku = line.skuId() != null ? skus.findById(line.skuId()) : skus.findBySkuExactly(line.platformSku());
        if (sku == null) {
            throw new OrderActionException(order.id(), Refusal.of(Refusal.SKU_NOT_PAIRED, line.platformSku()),
                    "SKU " + line.platformSku() + " is not paired with a warehouse SKU");
        }
        if (!sku.hasCustomsData()) {
            throw new OrderActionException(order.id(), Refusal.of(Refusal.NO_CUSTOMS_DATA, sku.sku()),
                    "Warehouse SKU " + sku.sku() + " has no customs data (English name and value)");
        }
        if (line.skuId() == null) {
            orders.pairLine(line.id(), sku.id());
        }
        return sku;
    }
}

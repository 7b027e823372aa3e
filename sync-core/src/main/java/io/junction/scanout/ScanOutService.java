package io.junction.scanout;

import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageLine;
import io.junction.order.PackageMapper;
import io.junction.shop.ShopScope;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.stock.StockLedger;
import io.junction.stock.StockReference;
import io.junction.writeback.WriteBackService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The packing station's three steps: open a package by its code, verify each item, ship. */
@Service
public class ScanOutService {

    private final PackageMapper packages;
    private final OrderMapper orders;
    private final SkuMapper skus;
    private final StockLedger ledger;
    private final OrderTransitions transitions;
    private final WriteBackService writeBack;
    private final Clock clock;
    private final ShopScope scope;

    public ScanOutService(
            PackageMapper packages,
            OrderMapper orders,
            SkuMapper skus,
            StockLedger ledger,
            OrderTransitions transitions,
            WriteBackService writeBack,
            Clock clock,
            ShopScope scope) {
        this.packages = packages;
        this.orders = orders;
        this.skus = skus;
        this.ledger = ledger;
        this.transitions = transitions;
        this.writeBack = writeBack;
        this.clock = clock;
        this.scope = scope;
    }

    /**
     * Opens the package whose tracking number or package number was scanned.
     *
     * @throws ScanRefusedException when nothing matches, or the package must not ship now
     */
    public ScanPackage open(String code) {
        String scanned = code == null ? "" : code.trim();
        List<OrderPackage> found =
                packages.findByCode(scanned).stream().filter(this::inScope).toList();
        if (found.isEmpty()) {
            // a packer who scans a product first needs to hear that, not that the "package" is unknown
            WarehouseSku product = scanned.isEmpty() ? null : skus.findByBarcode(scanned);
            if (product != null) {
                throw new ScanRefusedException(
                        ScanRefusal.ITEM_BARCODE_FIRST,
                        "This is an item barcode of SKU " + product.sku() + ": scan the package label first",
                        scanned,
                        product.sku(),
                        product.name());
            }
            throw new ScanRefusedException(
                    ScanRefusal.UNKNOWN_PACKAGE, "No package with tracking or package number " + scanned, scanned);
        }
        if (found.size() > 1) {
            throw new ScanRefusedException(
                    ScanRefusal.SEVERAL_PACKAGES,
                    "Several packages match " + scanned + ": scan the package number instead",
                    scanned);
        }
        ScanPackage pkg = view(found.get(0));
        checkShippable(pkg);
        return pkg;
    }

    /** Counts one scanned item, or refuses it with the reason. Never fails silently. */
    @Transactional
    public ScanResult scanItem(long packageId, String barcode) {
        ScanPackage pkg = view(load(packageId));
        checkShippable(pkg);
        String code = barcode == null ? "" : barcode.trim();
        WarehouseSku sku = skus.findByBarcode(code);
        if (sku == null) {
            return ScanResult.refused(
                    ScanRefusal.UNKNOWN_BARCODE,
                    "Unknown barcode " + code + ": this is not one of our products",
                    null,
                    pkg,
                    code);
        }
        // the same SKU may sit on several lines (two listings of one product): fill the first with room
        List<ScanPackage.Item> ofSku =
                pkg.items().stream().filter(i -> i.sku().equals(sku.sku())).toList();
        ScanPackage.Item item = ofSku.stream()
                .filter(i -> i.scanned() < i.quantity())
                .findFirst()
                .orElse(ofSku.isEmpty() ? null : ofSku.get(0));
        if (item == null) {
            return ScanResult.refused(
                    ScanRefusal.WRONG_ITEM,
                    "WRONG ITEM: " + sku.sku() + " (" + sku.name() + ") is not in this package",
                    sku.sku(),
                    pkg,
                    sku.sku(),
                    sku.name());
        }
        if (packages.scanOne(item.lineId()) == 0) {
            int quantity = ofSku.stream().mapToInt(ScanPackage.Item::quantity).sum();
            return ScanResult.refused(
                    ScanRefusal.TOO_MANY,
                    "TOO MANY: all " + quantity + " of " + sku.sku() + " are already scanned",
                    sku.sku(),
                    pkg,
                    quantity,
                    sku.sku());
        }
        return ScanResult.accepted(sku.sku(), view(load(packageId)));
    }

    /**
     * Ships a fully scanned package: stock deducted, the confirmation queued, and the order moved to
     * SHIPPED once all its packages have shipped — all in one transaction.
     */
    @Transactional
    public ScanPackage ship(long packageId, String actor) {
        OrderPackage pkg = load(packageId);
        ScanPackage view = view(pkg);
        checkShippable(view);
        if (!view.complete()) {
            List<String> missing = new ArrayList<>();
            view.items().stream()
                    .filter(i -> i.scanned() < i.quantity())
                    .forEach(i -> missing.add(i.sku() + " " + i.scanned() + "/" + i.quantity()));
            String items = String.join(", ", missing);
            throw new ScanRefusedException(ScanRefusal.INCOMPLETE, "Not every item is scanned yet: " + items, items);
        }
        if (packages.markShipped(pkg.id(), clock.instant()) == 0) {
            throw alreadyShipped(pkg.packageNo());
        }
        for (PackageLine line : packages.lines(pkg.id())) {
            if (!ledger.deduct(line.skuId(), line.quantity(), StockReference.pkg(pkg.packageNo()), actor)) {
                throw new IllegalStateException(
                        "stock of SKU " + line.skuId() + " is not reserved for package " + pkg.packageNo());
            }
        }
        for (PackageLine line : packages.lines(pkg.id())) {
            // a line split over packages stays reserved while another package of it waits to ship
            if (packages.unshippedLines(line.orderLineId()).isEmpty()) {
                orders.markLineReserved(line.orderLineId(), false);
            }
        }
        writeBack.enqueue(pkg.orderId(), pkg.id());
        // a merged package ships every order it carries
        for (long orderId : packages.carriedOrders(pkg.id())) {
            boolean allShipped = packages.findByOrder(orderId).stream().allMatch(p -> p.shippedAt() != null);
            if (allShipped) {
                transitions.move(orderId, OrderStatus.PENDING_SHIPMENT, OrderStatus.SHIPPED, actor, "scanned out");
            }
        }
        return view(load(packageId));
    }

    private void checkShippable(ScanPackage pkg) {
        if (pkg.shipped()) {
            throw alreadyShipped(pkg.packageNo());
        }
        if (pkg.orderStatus() != OrderStatus.PENDING_SHIPMENT) {
            Order order = orders.findById(pkg.orderId());
            String why = order.statusReason() == null ? "" : " (" + order.statusReason() + ")";
            throw new ScanRefusedException(
                    ScanRefusal.MUST_NOT_SHIP,
                    "STOP: order " + order.platformOrderId() + " is " + order.status() + why + " and must not ship",
                    order.platformOrderId(),
                    order.status(),
                    order.statusReason());
        }
    }

    private static ScanRefusedException alreadyShipped(String packageNo) {
        return new ScanRefusedException(
                ScanRefusal.ALREADY_SHIPPED, "Package " + packageNo + " has already shipped", packageNo);
    }

    private OrderPackage load(long packageId) {
        OrderPackage pkg = packages.findById(packageId);
        if (pkg == null || !inScope(pkg)) {
            throw new ScanRefusedException(ScanRefusal.NO_PACKAGE, "No package " + packageId, packageId);
        }
        return pkg;
    }

    /** Another shop's package is not there for a packer limited to some shops. */
    private boolean inScope(OrderPackage pkg) {
        return scope.shopIds() == null
                || scope.includes(orders.findById(pkg.orderId()).shopId());
    }

    private ScanPackage view(OrderPackage pkg) {
        Order order = orders.findById(pkg.orderId());
        List<ScanPackage.Item> items = new ArrayList<>();
        for (PackageLine line : packages.lines(pkg.id())) {
            WarehouseSku sku = skus.findById(line.skuId());
            items.add(new ScanPackage.Item(
                    line.id(),
                    sku.sku(),
                    sku.name(),
                    sku.location(),
                    skus.barcodes(sku.id()),
                    line.quantity(),
                    line.scanned()));
        }
        return new ScanPackage(
                pkg.id(),
                pkg.orderId(),
                pkg.packageNo(),
                pkg.trackingNumber(),
                order.status(),
                pkg.shippedAt() != null,
                items);
    }
}

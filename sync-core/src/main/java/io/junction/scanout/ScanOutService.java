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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The packing station's steps: open a package by its code, verify each item (or take the last one
 * back), weigh the parcel, confirm the quality check, ship — or put the parcel on the problem shelf.
 * Every step is written to the scan log with the station and the operator. A package is read with a
 * fixed number of queries, whatever its lines ({@link StationMapper}).
 */
@Service
public class ScanOutService {

    /** The station and operator of calls that name neither (scripts, older callers). */
    private static final StationCall UNNAMED = new StationCall(StationSettings.DEFAULT, "system");

    private final PackageMapper packages;
    private final StationMapper station;
    private final OrderMapper orders;
    private final SkuMapper skus;
    private final StockLedger ledger;
    private final OrderTransitions transitions;
    private final WriteBackService writeBack;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ShopScope scope;

    public ScanOutService(
            PackageMapper packages,
            StationMapper station,
            OrderMapper orders,
            SkuMapper skus,
            StockLedger ledger,
            OrderTransitions transitions,
            WriteBackService writeBack,
            ApplicationEventPublisher events,
            Clock clock,
            ShopScope scope) {
        this.packages = packages;
        this.station = station;
        this.orders = orders;
        this.skus = skus;
        this.ledger = ledger;
        this.transitions = transitions;
        this.writeBack = writeBack;
        this.events = events;
        this.clock = clock;
        this.scope = scope;
    }

    /** The settings of the named station (the default's when it has none of its own). */
    public StationSettings settings(String stationName) {
        return station.settings(new StationCall(stationName, "").station());
    }

    /**
     * Opens the package whose tracking number or package number was scanned.
     *
     * @throws ScanRefusedException when nothing matches, or the package must not ship now
     */
    @Transactional(noRollbackFor = ScanRefusedException.class)
    public ScanPackage open(String code) {
        return open(code, UNNAMED);
    }

    /**
     * {@link #open(String)} at a station, logged. Where the station ships single-unit packages in one
     * scan, the label counts as the scan of that unit.
     */
    @Transactional(noRollbackFor = ScanRefusedException.class)
    public ScanPackage open(String code, StationCall call) {
        String scanned = code == null ? "" : code.trim();
        try {
            ScanPackage pkg = find(scanned);
            if (pkg.units() == 1
                    && !pkg.complete()
                    && station.settings(call.station()).oneScanShip()) {
                ScanPackage.Item only = pkg.items().get(0);
                if (packages.scanOne(only.lineId()) == 1) {
                    log(call, pkg.id(), only.lineId(), scanned, ScanOutcome.ACCEPTED, null, "one-scan");
                    return pkg.scannedOne(only.lineId());
                }
            }
            log(call, pkg.id(), null, scanned, ScanOutcome.OPENED, null, null);
            return pkg;
        } catch (ScanRefusedException refused) {
            log(call, null, null, scanned, ScanOutcome.REFUSED, refused.refusal(), null);
            throw refused;
        }
    }

    private ScanPackage find(String scanned) {
        List<StationMapper.StationPackage> found = station.findPackagesByCode(scanned).stream()
                .filter(this::inScope)
                .toList();
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

    /** The package as the station shows it, without a scan: nothing is logged. */
    public ScanPackage read(long packageId) {
        return load(packageId);
    }

    /** Counts one scanned item, or refuses it with the reason. Never fails silently. */
    @Transactional
    public ScanResult scanItem(long packageId, String barcode) {
        return scanItem(packageId, barcode, UNNAMED);
    }

    /** {@link #scanItem(long, String)} at a station, logged (refusals too). */
    @Transactional
    public ScanResult scanItem(long packageId, String barcode, StationCall call) {
        ScanPackage pkg = load(packageId);
        checkShippable(pkg);
        String code = barcode == null ? "" : barcode.trim();
        ScanResult result = count(pkg, code);
        log(
                call,
                packageId,
                result.accepted() ? result.lineId() : null,
                code,
                result.accepted() ? ScanOutcome.ACCEPTED : ScanOutcome.REFUSED,
                result.refusal(),
                null);
        return result;
    }

    private ScanResult count(ScanPackage pkg, String code) {
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
        return ScanResult.accepted(sku.sku(), item.lineId(), pkg.scannedOne(item.lineId()));
    }

    /**
     * Takes the package's last item scan back (a unit scanned into the wrong parcel, or twice by
     * mistake), logged as undone.
     */
    @Transactional
    public ScanResult undo(long packageId, StationCall call) {
        ScanPackage pkg = load(packageId);
        checkShippable(pkg);
        ScanLogEntry last = station.lastItemScan(packageId);
        if (last == null
                || station.markUndone(last.id(), clock.instant()) == 0
                || station.unscanOne(last.packageLineId()) == 0) {
            log(call, packageId, null, null, ScanOutcome.REFUSED, ScanRefusal.NOTHING_TO_UNDO, null);
            return ScanResult.refused(
                    ScanRefusal.NOTHING_TO_UNDO,
                    "Nothing to undo: no item of package " + pkg.packageNo() + " is scanned",
                    null,
                    pkg,
                    pkg.packageNo());
        }
        log(call, packageId, last.packageLineId(), last.barcode(), ScanOutcome.UNDONE, null, null);
        ScanPackage after = load(packageId);
        String sku = after.items().stream()
                .filter(i -> i.lineId() == last.packageLineId())
                .map(ScanPackage.Item::sku)
                .findFirst()
                .orElse(null);
        return ScanResult.accepted(sku, last.packageLineId(), after);
    }

    /**
     * Weighs the parcel: a weight within the station's tolerance of the expected one is stored; one
     * outside it is refused, unless the packer keeps it with a reason (recorded with the weight).
     *
     * @param overrideReason the packer's reason to keep a weight outside the tolerance, or null
     * @throws IllegalArgumentException when {@code grams} is not a positive weight
     */
    @Transactional
    public ScanResult weigh(long packageId, int grams, String overrideReason, StationCall call) {
        if (grams <= 0) {
            throw new IllegalArgumentException("grams must be the parcel's weight in grams, more than 0");
        }
        ScanPackage pkg = load(packageId);
        checkShippable(pkg);
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        int expected = pkg.expectedWeightGrams();
        int tolerance = station.settings(call.station()).tolerance(expected);
        // an expected weight of 0 is an unknown one: nothing to compare with
        boolean within = expected <= 0 || Math.abs(grams - expected) <= tolerance;
        if (!within && reason == null) {
            log(call, packageId, null, grams + " g", ScanOutcome.REFUSED, ScanRefusal.WEIGHT_OUT_OF_TOLERANCE, null);
            return ScanResult.refused(
                    ScanRefusal.WEIGHT_OUT_OF_TOLERANCE,
                    "WEIGHT: " + grams + " g measured, " + expected + " g expected (± " + tolerance + " g)",
                    null,
                    pkg,
                    grams,
                    expected,
                    tolerance);
        }
        String kept = within ? null : reason;
        station.recordWeight(packageId, grams, call.operator(), clock.instant(), kept);
        log(
                call,
                packageId,
                null,
                grams + " g",
                within ? ScanOutcome.WEIGHED : ScanOutcome.WEIGHT_OVERRIDDEN,
                null,
                kept);
        events.publishEvent(new PackageWeighed(packageId, pkg.orderId(), grams));
        return ScanResult.accepted(null, null, load(packageId));
    }

    /** The packer confirms the quality check (appearance, quantity, labels) of a fully scanned package. */
    @Transactional
    public ScanPackage confirmQc(long packageId, StationCall call) {
        ScanPackage pkg = load(packageId);
        checkShippable(pkg);
        requireComplete(pkg);
        log(call, packageId, null, null, ScanOutcome.QC_CONFIRMED, null, null);
        return load(packageId);
    }

    /**
     * Puts the parcel on the problem shelf: its order goes on hold with the packer's reason (shown to
     * the clerks), and its scans are forgotten, so that it is verified afresh when it comes back. A
     * packer may do this without a clerk's rights.
     *
     * @throws IllegalArgumentException when the reason is missing
     */
    @Transactional
    public ScanPackage setAside(long packageId, String reason, StationCall call) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why the parcel goes to the problem shelf: clerks read it");
        }
        ScanPackage pkg = load(packageId);
        checkShippable(pkg);
        transitions.move(
                pkg.orderId(), OrderStatus.PENDING_SHIPMENT, OrderStatus.ON_HOLD, call.operator(), reason.strip());
        station.resetScans(packageId);
        log(call, packageId, null, null, ScanOutcome.SET_ASIDE, null, reason.strip());
        return load(packageId);
    }

    /** Records a label printed again at the station. */
    public void reprinted(long packageId, StationCall call) {
        load(packageId);
        log(call, packageId, null, null, ScanOutcome.REPRINTED, null, null);
    }

    /**
     * Ships a fully scanned package: stock deducted, the confirmation queued, and the order moved to
     * SHIPPED once all its packages have shipped — all in one transaction.
     */
    @Transactional
    public ScanPackage ship(long packageId, String actor) {
        return ship(packageId, new StationCall(StationSettings.DEFAULT, actor));
    }

    /**
     * {@link #ship(long, String)} at a station: refused while the station's weighing or quality check
     * is still missing.
     */
    @Transactional(noRollbackFor = ScanRefusedException.class)
    public ScanPackage ship(long packageId, StationCall call) {
        try {
            return shipAt(packageId, call);
        } catch (ScanRefusedException refused) {
            // every refusal comes before anything is written: only the log entry stays
            log(call, packageId, null, null, ScanOutcome.REFUSED, refused.refusal(), null);
            throw refused;
        }
    }

    private ScanPackage shipAt(long packageId, StationCall call) {
        ScanPackage view = load(packageId);
        checkShippable(view);
        requireComplete(view);
        switch (station.settings(call.station()).next(view)) {
            case WEIGHT ->
                throw new ScanRefusedException(
                        ScanRefusal.NOT_WEIGHED,
                        "Package " + view.packageNo() + " must be weighed before it ships",
                        view.packageNo());
            case QC ->
                throw new ScanRefusedException(
                        ScanRefusal.QC_NOT_CONFIRMED,
                        "Package " + view.packageNo() + " needs its quality check confirmed before it ships",
                        view.packageNo());
            default -> {}
        }
        shipPackage(packages.findById(packageId), call.operator(), "scanned out");
        log(call, packageId, null, null, ScanOutcome.SHIPPED, null, null);
        return load(packageId);
    }

    /**
     * What the station's last scan does to a package, for the station and for shipping without it (勾选发货): the
     * package marked shipped (refused when it already is), its stock deducted, the confirmation to the marketplace
     * queued once, and each order it carries moved to SHIPPED once all its packages have shipped, the history
     * naming {@code actor} and {@code note}. Nothing is logged as a scan.
     *
     * @throws ScanRefusedException {@link ScanRefusal#ALREADY_SHIPPED} when another call shipped it first
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void shipPackage(OrderPackage pkg, String actor, String note) {
        Instant shippedAt = clock.instant();
        if (packages.markShipped(pkg.id(), shippedAt) == 0) {
            throw alreadyShipped(pkg.packageNo());
        }
        List<PackageLine> lines = packages.lines(pkg.id());
        for (PackageLine line : lines) {
            // a line split over packages stays reserved while another package of it waits to ship
            if (packages.unshippedLines(line.orderLineId()).isEmpty()) {
                orders.markLineReserved(line.orderLineId(), false);
            }
        }
        writeBack.enqueue(pkg.orderId(), pkg.id());
        events.publishEvent(new PackageShipped(pkg.id(), pkg.orderId(), shippedAt));
        // a merged package ships every order it carries
        for (long orderId : packages.carriedOrders(pkg.id())) {
            boolean allShipped = packages.findByOrder(orderId).stream().allMatch(p -> p.shippedAt() != null);
            if (allShipped) {
                transitions.move(orderId, OrderStatus.PENDING_SHIPMENT, OrderStatus.SHIPPED, actor, note);
            }
        }
        deduct(pkg, lines, actor);
    }

    /**
     * Takes the package's units off the shelf and out of their reservation, last in the ship's transaction: the SKU
     * rows, which every station shipping the same SKUs and every allocation of them must lock too, are held only
     * from here to the commit (locked before the order's move, a ship held them through the move and its history,
     * and the stations' ships of a busy SKU queued behind one another). In SKU id order, after the orders, as every
     * allocation locks them: a ship and an allocation never wait on each other in a circle.
     */
    private void deduct(OrderPackage pkg, List<PackageLine> lines, String actor) {
        List<PackageLine> bySku = lines.stream()
                .sorted(Comparator.comparingLong(PackageLine::skuId))
                .toList();
        for (PackageLine line : bySku) {
            if (!ledger.deduct(line.skuId(), line.quantity(), StockReference.pkg(pkg.packageNo()), actor)) {
                throw new IllegalStateException(
                        "stock of SKU " + line.skuId() + " is not reserved for package " + pkg.packageNo());
            }
        }
    }

    private static void requireComplete(ScanPackage view) {
        if (!view.complete()) {
            List<String> missing = new ArrayList<>();
            view.items().stream()
                    .filter(i -> i.scanned() < i.quantity())
                    .forEach(i -> missing.add(i.sku() + " " + i.scanned() + "/" + i.quantity()));
            String items = String.join(", ", missing);
            throw new ScanRefusedException(ScanRefusal.INCOMPLETE, "Not every item is scanned yet: " + items, items);
        }
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

    private ScanPackage load(long packageId) {
        StationMapper.StationPackage pkg = station.findPackage(packageId);
        if (pkg == null || !inScope(pkg)) {
            throw new ScanRefusedException(ScanRefusal.NO_PACKAGE, "No package " + packageId, packageId);
        }
        return view(pkg);
    }

    /** Another shop's package is not there for a packer limited to some shops. */
    private boolean inScope(StationMapper.StationPackage pkg) {
        return scope.shopIds() == null || scope.includes(pkg.shopId());
    }

    /** The package as the station shows it: two queries in all (the package, its lines with SKUs and barcodes). */
    private ScanPackage view(StationMapper.StationPackage pkg) {
        Map<Long, List<StationMapper.ItemRow>> byLine = new LinkedHashMap<>();
        for (StationMapper.ItemRow row : station.items(pkg.id())) {
            byLine.computeIfAbsent(row.lineId(), id -> new ArrayList<>()).add(row);
        }
        List<ScanPackage.Item> items = new ArrayList<>();
        for (List<StationMapper.ItemRow> rows : byLine.values()) {
            StationMapper.ItemRow line = rows.get(0);
            List<String> barcodes = rows.stream()
                    .map(StationMapper.ItemRow::barcode)
                    .filter(b -> b != null)
                    .toList();
            items.add(new ScanPackage.Item(
                    line.lineId(),
                    line.sku(),
                    line.name(),
                    line.location(),
                    barcodes,
                    line.quantity(),
                    line.scanned(),
                    line.fragile(),
                    line.liquid(),
                    line.battery(),
                    line.magnetic(),
                    line.packingInstruction()));
        }
        return new ScanPackage(
                pkg.id(),
                pkg.orderId(),
                pkg.packageNo(),
                pkg.trackingNumber(),
                pkg.orderStatus(),
                pkg.shippedAt() != null,
                items,
                pkg.weightGrams(),
                pkg.measuredWeightGrams(),
                pkg.weightOverrideReason(),
                ScanOutcome.QC_CONFIRMED.name().equals(pkg.lastCheck()));
    }

    private void log(
            StationCall call,
            Long packageId,
            Long lineId,
            String barcode,
            ScanOutcome outcome,
            ScanRefusal refusal,
            String note) {
        station.log(new ScanLogEntry(
                null,
                call.station(),
                call.operator(),
                packageId,
                lineId,
                barcode,
                outcome,
                refusal,
                note,
                clock.instant(),
                null));
    }
}

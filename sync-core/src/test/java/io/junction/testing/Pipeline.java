package io.junction.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.allocation.AllocationService;
import io.junction.audit.AuditService;
import io.junction.label.LabelService;
import io.junction.logistics.PreAdviceService;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.PackageLine;
import io.junction.order.PackageMapper;
import io.junction.scanout.ScanOutService;
import io.junction.sku.SkuMapper;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Takes an order through the pipeline with the real services, one named step at a time, failing
 * loudly if a step does not succeed. For tests whose subject is a later stage.
 */
public class Pipeline {

    public static final String CLERK = "clerk";
    public static final String PACKER = "packer";

    private final AuditService audit;
    private final AllocationService allocation;
    private final PreAdviceService preAdvice;
    private final LabelService labels;
    private final ScanOutService scanOut;
    private final OrderMapper orders;
    private final PackageMapper packages;
    private final SkuMapper skus;

    public Pipeline(ApplicationContext context) {
        this.audit = context.getBean(AuditService.class);
        this.allocation = context.getBean(AllocationService.class);
        this.preAdvice = context.getBean(PreAdviceService.class);
        this.labels = context.getBean(LabelService.class);
        this.orders = context.getBean(OrderMapper.class);
        this.packages = context.getBean(PackageMapper.class);
        this.scanOut = context.getBean(ScanOutService.class);
        this.skus = context.getBean(SkuMapper.class);
    }

    /** PENDING_AUDIT → PENDING_ALLOCATION. */
    public Order audited(Order order) {
        return step(order, audit.audit(List.of(order.id()), CLERK), OrderStatus.PENDING_ALLOCATION);
    }

    /** … → PENDING_TRACKING, stock reserved and one package made (an order waiting for allocation is not reviewed). */
    public Order allocated(Order order) {
        Order audited = order.status() == OrderStatus.PENDING_ALLOCATION ? order : audited(order);
        return step(audited, allocation.allocate(List.of(audited.id()), CLERK), OrderStatus.PENDING_TRACKING);
    }

    /** … → PENDING_PRINT, with a tracking number from the carrier (the fake carrier must create). */
    public Order tracked(Order order) {
        Order allocated = allocated(order);
        return step(allocated, preAdvice.requestTracking(List.of(allocated.id()), CLERK), OrderStatus.PENDING_PRINT);
    }

    /** … → PENDING_SHIPMENT, ready for a scan station (its labels counted as printed: the fake carrier has none). */
    public Order printed(Order order) {
        Order tracked = tracked(order);
        packages.findByOrder(tracked.id()).forEach(p -> packages.countPrint(p.id()));
        return step(tracked, labels.markPrinted(List.of(tracked.id()), CLERK), OrderStatus.PENDING_SHIPMENT);
    }

    /**
     * … → SHIPPED: every item of the order's only package scanned at a packing station and the package
     * shipped (its confirmation queued for the marketplace); the package as shipped.
     */
    public OrderPackage shipped(Order order) {
        OrderPackage pkg = packageOf(printed(order));
        scannedAndShipped(pkg);
        assertThat(orders.findById(order.id()).status()).isEqualTo(OrderStatus.SHIPPED);
        return packages.findById(pkg.id());
    }

    /** Every unit of the package scanned at a packing station (each must be accepted), then the package shipped. */
    public void scannedAndShipped(OrderPackage pkg) {
        for (PackageLine line : packages.lines(pkg.id())) {
            String barcode = Fixtures.barcodeOf(skus.findById(line.skuId()).sku());
            for (int unit = 0; unit < line.quantity(); unit++) {
                assertThat(scanOut.scanItem(pkg.id(), barcode).accepted()).isTrue();
            }
        }
        scanOut.ship(pkg.id(), PACKER);
    }

    /** The order's only package. */
    public OrderPackage packageOf(Order order) {
        List<OrderPackage> found = packages.findByOrder(order.id());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private Order step(Order order, BatchActionResult result, OrderStatus expected) {
        assertThat(result.failed())
                .as("failures moving order %s to %s", order.id(), expected)
                .isEmpty();
        Order now = orders.findById(order.id());
        assertThat(now.status()).isEqualTo(expected);
        return now;
    }
}

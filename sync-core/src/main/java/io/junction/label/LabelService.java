package io.junction.label;

import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAccount;
import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethod;
import io.junction.logistics.Parcel;
import io.junction.order.BatchActionResult;
import io.junction.order.BatchActionRunner;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.OrderStatus;
import io.junction.order.OrderTransitions;
import io.junction.order.PackageMapper;
import io.junction.order.Refusal;
import io.junction.outcome.RemoteOutcome;
import io.junction.secret.Redaction;
import io.junction.shop.ShopScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Fetches the carriers' labels for a batch of orders and merges them into one PDF, grouped by carrier. */
@Service
public class LabelService {

    private static final Set<OrderStatus> PRINTABLE =
            EnumSet.of(OrderStatus.PENDING_PRINT, OrderStatus.PENDING_SHIPMENT, OrderStatus.SHIPPED);

    private final OrderMapper orders;
    private final PackageMapper packages;
    private final Carriers carriers;
    private final OrderTransitions transitions;
    private final BatchActionRunner batch;
    private final TransactionTemplate tx;
    private final ShopScope scope;

    public LabelService(
            OrderMapper orders,
            PackageMapper packages,
            Carriers carriers,
            OrderTransitions transitions,
            BatchActionRunner batch,
            PlatformTransactionManager txManager,
            ShopScope scope) {
        this.orders = orders;
        this.packages = packages;
        this.carriers = carriers;
        this.transitions = transitions;
        this.batch = batch;
        this.tx = new TransactionTemplate(txManager);
        this.scope = scope;
    }

    /**
     * One PDF with the label of every package of the given orders, grouped by carrier. Refuses the
     * whole batch, naming each order, when any order has no label to print: a partial stack of
     * labels at a printer is worse than none.
     *
     * Records the print on each order (a reprint is counted and noted as one).
     *
     * @throws LabelException listing every order that cannot be printed and why
     */
    public byte[] mergedLabels(List<Long> orderIds, String actor) {
        Rendered rendered = render(orderIds);
        tx.executeWithoutResult(s -> rendered.printables().forEach(p -> logPrint(p, actor)));
        return rendered.pdf();
    }

    /**
     * The same PDF as {@link #mergedLabels}, to look at: nothing is recorded, so a preview is never
     * counted as a print.
     *
     * @throws LabelException listing every order that cannot be printed and why
     */
    public byte[] previewLabels(List<Long> orderIds) {
        return render(orderIds).pdf();
    }

    private Rendered render(List<Long> orderIds) {
        List<String> problems = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        List<Printable> printables = new ArrayList<>();
        for (long orderId : orderIds.stream().distinct().toList()) {
            Order order = orders.findById(orderId);
            if (order == null || !scope.includes(order.shopId())) {
                problems.add("order " + orderId + ": no such order");
                refusals.add(Refusal.of(LabelException.NO_SUCH_ORDER, orderId));
                continue;
            }
            if (!PRINTABLE.contains(order.status())) {
                problems.add("order " + orderId + ": is " + order.status() + ", it has no tracking number yet");
                refusals.add(Refusal.of(LabelException.NO_TRACKING, orderId, order.status()));
                continue;
            }
            for (OrderPackage pkg : packages.findByOrder(orderId)) {
                LogisticsMethod method = carriers.method(pkg.logisticsMethodId());
                printables.add(new Printable(order, pkg, carriers.account(method.carrierAccountId())));
            }
        }
        printables.sort(Comparator.comparing((Printable p) -> p.account().carrier())
                .thenComparing(p -> p.order().id()));
        List<byte[]> labels = new ArrayList<>();
        for (Printable p : printables) {
            CarrierAccess access = carriers.access(p.account());
            Parcel parcel = new Parcel(
                    p.pkg().packageNo(), p.pkg().trackingNumber(), p.pkg().carrierWaybill());
            RemoteOutcome<byte[]> label = Redaction.of(access.credentials())
                    .apply(carriers.adapter(p.account().carrier()).label(access, parcel));
            if (label instanceof RemoteOutcome.Succeeded<byte[]> s) {
                labels.add(s.value());
            } else {
                problems.add("order " + p.order().id() + ": " + p.account().carrier() + " gave no label for "
                        + p.pkg().packageNo() + " (" + label + ")");
                refusals.add(Refusal.of(
                        LabelException.CARRIER_NO_LABEL,
                        p.order().id(),
                        p.account().carrier(),
                        p.pkg().packageNo(),
                        String.valueOf(label)));
            }
        }
        if (!problems.isEmpty()) {
            throw new LabelException(problems, refusals);
        }
        if (labels.isEmpty()) {
            throw LabelException.noneSelected();
        }
        return new Rendered(merge(labels), printables);
    }

    /**
     * Moves printed orders on to scan-out. An order with a package whose label was never printed is
     * refused: it would wait at the packing bench for a label nobody has.
     */
    public BatchActionResult markPrinted(List<Long> orderIds, String actor) {
        return batch.run(orderIds, id -> {
            Order order = transitions.load(id, OrderStatus.PENDING_PRINT);
            for (OrderPackage pkg : packages.findByOrder(id)) {
                if (pkg.printCount() == 0) {
                    throw new OrderActionException(
                            id,
                            Refusal.of(Refusal.LABEL_NOT_PRINTED, pkg.packageNo()),
                            "the label of package " + pkg.packageNo() + " was never printed: print it first");
                }
            }
            transitions.move(order, OrderStatus.PENDING_SHIPMENT, actor, "label printed");
        });
    }

    private void logPrint(Printable p, String actor) {
        packages.countPrint(p.pkg().id());
        int times = p.pkg().printCount() + 1;
        transitions.note(
                p.order(),
                actor,
                times == 1
                        ? "label of " + p.pkg().packageNo() + " printed"
                        : "label of " + p.pkg().packageNo() + " reprinted (print " + times + ")");
    }

    static byte[] merge(List<byte[]> pdfs) {
        try {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] pdf : pdfs) {
                merger.addSource(new RandomAccessReadBuffer(pdf));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            merger.setDestinationStream(out);
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not merge label PDFs", e);
        }
    }

    private record Printable(Order order, OrderPackage pkg, CarrierAccount account) {}

    private record Rendered(byte[] pdf, List<Printable> printables) {}
}

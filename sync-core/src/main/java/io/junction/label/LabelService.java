package io.junction.label;

import io.junction.channel.Address;
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
import io.junction.order.PackageLine;
import io.junction.order.PackageMapper;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.outcome.RemoteOutcome;
import io.junction.secret.Redaction;
import io.junction.shop.ShopScope;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints a batch of orders' labels as one PDF, in the order the clerk chooses: the carriers' labels (fetched
 * once, then kept) and Junction's own for methods that choose it and parcels booked outside Junction.
 */
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
    private final LabelStoreMapper store;
    private final SkuMapper skus;
    private final LabelProperties properties;
    private final Clock clock;

    public LabelService(
            OrderMapper orders,
            PackageMapper packages,
            Carriers carriers,
            OrderTransitions transitions,
            BatchActionRunner batch,
            PlatformTransactionManager txManager,
            ShopScope scope,
            LabelStoreMapper store,
            SkuMapper skus,
            LabelProperties properties,
            Clock clock) {
        this.orders = orders;
        this.packages = packages;
        this.carriers = carriers;
        this.transitions = transitions;
        this.batch = batch;
        this.tx = new TransactionTemplate(txManager);
        this.scope = scope;
        this.store = store;
        this.skus = skus;
        this.properties = properties;
        this.clock = clock;
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
        return mergedLabels(LabelSelection.of(orderIds), actor);
    }

    /**
     * {@link #mergedLabels(List, String)} for the parcels the selection keeps, in the order it asks for. A
     * carrier's label is fetched once and kept: a reprint or a later batch reads the kept one.
     *
     * @throws LabelException listing every order that cannot be printed and why
     */
    public byte[] mergedLabels(LabelSelection selection, String actor) {
        Rendered rendered = render(selection);
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
        return render(LabelSelection.of(orderIds)).pdf();
    }

    /**
     * Junction's labels of the selection in ZPL for a thermal printer, the print recorded. A parcel that
     * carries its carrier's label has no ZPL form here and is refused by name.
     *
     * @throws LabelException listing every order that cannot be printed and why
     */
    public String zplLabels(LabelSelection selection, String actor) {
        Selected selected = select(selection);
        for (Printable p : selected.printables()) {
            if (p.source() != LabelSource.JUNCTION) {
                selected.refuse(
                        "order " + p.order().id() + ": package " + p.pkg().packageNo() + " carries "
                                + p.account().carrier() + "'s own label, which is a PDF",
                        Refusal.of(
                                LabelException.CARRIER_LABEL_NO_ZPL,
                                p.order().id(),
                                p.pkg().packageNo()));
            }
        }
        selected.throwIfRefused();
        String zpl = JunctionLabelZpl.write(
                selected.printables().stream().map(this::junctionLabel).toList());
        tx.executeWithoutResult(s -> selected.printables().forEach(p -> logPrint(p, actor)));
        return zpl;
    }

    private Rendered render(LabelSelection selection) {
        Selected selected = select(selection);
        List<Printable> printables = selected.printables();
        Map<Long, StoredLabel> stored = printables.isEmpty()
                ? Map.of()
                : store
                        .findByPackages(
                                printables.stream().map(p -> p.pkg().id()).toList())
                        .stream()
                        .collect(Collectors.toMap(StoredLabel::packageId, l -> l));
        List<byte[]> labels = new ArrayList<>();
        for (Printable p : printables) {
            if (p.source() == LabelSource.JUNCTION) {
                labels.add(JunctionLabelRenderer.render(List.of(junctionLabel(p))));
                continue;
            }
            StoredLabel kept = stored.get(p.pkg().id());
            if (kept != null && kept.trackingNumber().equals(p.pkg().trackingNumber())) {
                labels.add(kept.content());
                continue;
            }
            CarrierAccess access = carriers.access(p.account());
            Parcel parcel = new Parcel(
                    p.pkg().packageNo(), p.pkg().trackingNumber(), p.pkg().carrierWaybill());
            RemoteOutcome<byte[]> label = Redaction.of(access.credentials())
                    .apply(carriers.adapter(p.account().carrier()).label(access, parcel));
            if (label instanceof RemoteOutcome.Succeeded<byte[]> s) {
                labels.add(s.value());
                keep(p.pkg(), s.value(), kept != null);
            } else {
                selected.refuse(
                        "order " + p.order().id() + ": " + p.account().carrier() + " gave no label for "
                                + p.pkg().packageNo() + " (" + label + ")",
                        Refusal.of(
                                LabelException.CARRIER_NO_LABEL,
                                p.order().id(),
                                p.account().carrier(),
                                p.pkg().packageNo(),
                                String.valueOf(label)));
            }
        }
        selected.throwIfRefused();
        if (labels.isEmpty()) {
            throw LabelException.noneSelected();
        }
        return new Rendered(merge(labels), printables);
    }

    /** Keeps a label as fetched; a label kept meanwhile by a concurrent print is as good as this one. */
    private void keep(OrderPackage pkg, byte[] content, boolean replace) {
        if (pkg.trackingNumber() == null) {
            return;
        }
        var now = clock.instant();
        try {
            tx.executeWithoutResult(s -> {
                if (!replace || store.update(pkg.id(), pkg.trackingNumber(), content, now) == 0) {
                    store.insert(pkg.id(), pkg.trackingNumber(), content, now);
                }
            });
        } catch (DuplicateKeyException keptMeanwhile) {
            // another print of the same package kept it first
        }
    }

    /** The orders' printable packages the selection keeps, in its order, with the refusals found so far. */
    private Selected select(LabelSelection selection) {
        Selected selected = new Selected(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Map<Long, String> sources = new HashMap<>();
        Map<Long, LogisticsMethod> methods = new HashMap<>();
        Map<Long, CarrierAccount> accounts = new HashMap<>();
        List<Long> ids = selection.orderIds().stream().distinct().toList();
        Map<Long, Order> found = new HashMap<>();
        orders.findByIds(ids).forEach(o -> found.put(o.id(), o));
        for (long orderId : ids) {
            Order order = found.get(orderId);
            if (order == null || !scope.includes(order.shopId())) {
                selected.refuse(
                        "order " + orderId + ": no such order", Refusal.of(LabelException.NO_SUCH_ORDER, orderId));
                continue;
            }
            if (!PRINTABLE.contains(order.status())) {
                selected.refuse(
                        "order " + orderId + ": is " + order.status() + ", it has no tracking number yet",
                        Refusal.of(LabelException.NO_TRACKING, orderId, order.status()));
                continue;
            }
            for (OrderPackage pkg : packages.findByOrder(orderId)) {
                LogisticsMethod method = methods.computeIfAbsent(pkg.logisticsMethodId(), carriers::method);
                CarrierAccount account = accounts.computeIfAbsent(method.carrierAccountId(), carriers::account);
                if ((selection.carrier() != null && !selection.carrier().equals(account.carrier()))
                        || (selection.methodCode() != null
                                && !selection.methodCode().equals(method.code()))) {
                    continue;
                }
                String source = sources.computeIfAbsent(method.id(), store::labelSource);
                LabelSource labelSource = pkg.preadviceStatus() == PreAdviceStatus.MANUAL
                                || LabelSource.JUNCTION.name().equals(source)
                        ? LabelSource.JUNCTION
                        : LabelSource.CARRIER;
                selected.printables()
                        .add(new Printable(
                                order,
                                pkg,
                                account,
                                method,
                                labelSource,
                                selected.printables().size()));
            }
        }
        selected.printables().sort(order(selection.sort()));
        return selected;
    }

    private Comparator<Printable> order(LabelSort sort) {
        Comparator<Printable> byOrder =
                Comparator.comparing((Printable p) -> p.order().id());
        Map<Long, WarehouseSku> seen = new HashMap<>();
        return switch (sort) {
            case CARRIER ->
                Comparator.comparing((Printable p) -> p.account().carrier()).thenComparing(byOrder);
            case SCREEN -> Comparator.comparingInt(Printable::position);
            case SKU ->
                Comparator.comparing(
                                (Printable p) -> first(p, seen, WarehouseSku::sku),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(byOrder);
            case BIN ->
                Comparator.comparing(
                                (Printable p) -> first(p, seen, WarehouseSku::location),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(byOrder);
        };
    }

    /** The smallest value of {@code key} among the package's SKUs: its first SKU code, or its first bin. */
    private String first(Printable p, Map<Long, WarehouseSku> seen, Function<WarehouseSku, String> key) {
        return packages.lines(p.pkg().id()).stream()
                .map(l -> seen.computeIfAbsent(l.skuId(), skus::findById))
                .map(key)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** What Junction's own label shows for a package; a CN22 when it leaves the sender's country. */
    JunctionLabel junctionLabel(Printable p) {
        Address sender = properties.sender().address();
        Order order = p.order();
        List<String> contents = new ArrayList<>();
        List<JunctionLabel.Cn22.Item> items = new ArrayList<>();
        for (PackageLine line : packages.lines(p.pkg().id())) {
            WarehouseSku sku = skus.findById(line.skuId());
            contents.add(sku.sku() + " ×" + line.quantity());
            BigDecimal value = sku.declaredValue() == null
                    ? BigDecimal.ZERO
                    : sku.declaredValue().multiply(BigDecimal.valueOf(line.quantity()));
            String description = sku.declaredNameEn() != null ? sku.declaredNameEn() : sku.name();
            items.add(new JunctionLabel.Cn22.Item(
                    description, line.quantity(), sku.weightGrams() * line.quantity(), value, sku.hsCode()));
        }
        boolean crossBorder = order.shipCountry() != null
                && sender.countryCode() != null
                && !order.shipCountry().equalsIgnoreCase(sender.countryCode());
        String tracking = p.pkg().trackingNumber() != null
                ? p.pkg().trackingNumber()
                : p.pkg().packageNo();
        return new JunctionLabel(
                p.method().name(),
                sender,
                order.shipTo(),
                tracking,
                p.pkg().packageNo(),
                order.platformOrderId(),
                String.join(", ", contents),
                p.pkg().weightGrams(),
                crossBorder ? new JunctionLabel.Cn22(order.currency(), sender.countryCode(), items) : null);
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

    /**
     * The labels' pages in one PDF, in order. The pages are adopted as they are (their fonts and images go along
     * as they were), which is several times faster than a full merge of document catalogues: a batch of a
     * thousand labels is one print job, not a wait.
     */
    static byte[] merge(List<byte[]> pdfs) {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument merged = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
            // parsing is most of the work and each label parses alone: on every core at once
            sources.addAll(pdfs.parallelStream().map(LabelService::load).toList());
            for (PDDocument source : sources) {
                for (PDPage page : source.getPages()) {
                    merged.addPage(page);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            merged.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not merge label PDFs", e);
        } finally {
            for (PDDocument source : sources) {
                try {
                    source.close();
                } catch (IOException e) {
                    // read from memory: nothing to release but the memory itself
                }
            }
        }
    }

    /**
     * One package to print.
     *
     * @param position where it came in the selection, for {@link LabelSort#SCREEN}
     */
    record Printable(
            Order order,
            OrderPackage pkg,
            CarrierAccount account,
            LogisticsMethod method,
            LabelSource source,
            int position) {}

    private record Selected(List<Printable> printables, List<String> problems, List<Refusal> refusals) {

        void refuse(String problem, Refusal refusal) {
            problems.add(problem);
            refusals.add(refusal);
        }

        void throwIfRefused() {
            if (!problems.isEmpty()) {
                throw new LabelException(problems, refusals);
            }
        }
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("a label is not a readable PDF", e);
        }
    }

    private record Rendered(byte[] pdf, List<Printable> printables) {}
}

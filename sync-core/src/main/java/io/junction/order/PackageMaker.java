package io.junction.order;

import io.junction.customs.CustomsMapper;
import io.junction.persistence.GeneratedId;
import io.junction.sku.SkuMapper;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a package of given contents for an order already allocated (a split's part, a merge's whole,
 * an undone merge's share): our package number, its weight from the SKUs, one line per SKU of each
 * order line. The stock stays reserved as it was; only the packing changes.
 */
@Component
public class PackageMaker {

    /** Units of one warehouse SKU of one order line: {@code quantity} = units sold × {@code unitsPerItem}. */
    public record Content(long orderLineId, long skuId, int quantity, int unitsPerItem) {}

    private final PackageMapper packages;
    private final SkuMapper skus;
    private final CustomsMapper customs;

    public PackageMaker(PackageMapper packages, SkuMapper skus, CustomsMapper customs) {
        this.customs = customs;
        this.packages = packages;
        this.skus = skus;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public OrderPackage make(long orderId, long methodId, List<Content> contents) {
        int weight = 0;
        for (Content c : contents) {
            weight += skus.findById(c.skuId()).weightGrams() * c.quantity();
        }
        GeneratedId id = new GeneratedId();
        // the reference derives from the generated id, set by a second statement (as allocation does)
        String placeholder = "P" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        packages.insert(id, orderId, placeholder, methodId, Math.max(weight, 1));
        packages.assignPackageNo(id.get(), packageNo(id.get()));
        for (Content c : contents) {
            packages.insertLine(id.get(), c.orderLineId(), c.skuId(), c.quantity(), c.unitsPerItem());
        }
        customs.copyFromSku(id.get());
        return packages.findById(id.get());
    }

    /** Our package reference: unique, short, scannable, and what the carrier sees as its customer order number. */
    public static String packageNo(long packageId) {
        return String.format("JN%010d", packageId);
    }
}

package io.junction.scanout;

import io.junction.order.OrderStatus;
import java.util.List;

/**
 * A package open at a scan station: what it must hold, how much of it has been scanned, and what the
 * station has recorded about it (weight, quality check).
 *
 * @param expectedWeightGrams the weight its SKUs add up to ({@code oms_package.weight_grams})
 * @param measuredWeightGrams the weight measured at the station, null until weighed
 * @param weightOverrideReason why a weight outside the tolerance was kept, null when none was
 * @param qcConfirmed whether the quality check was confirmed since the last item scan or undo
 */
public record ScanPackage(
        long id,
        long orderId,
        String packageNo,
        String trackingNumber,
        OrderStatus orderStatus,
        boolean shipped,
        List<Item> items,
        int expectedWeightGrams,
        Integer measuredWeightGrams,
        String weightOverrideReason,
        boolean qcConfirmed) {

    public ScanPackage {
        items = List.copyOf(items);
    }

    public boolean complete() {
        return items.stream().allMatch(i -> i.scanned() == i.quantity());
    }

    /** How many units the package holds. */
    public int units() {
        return items.stream().mapToInt(Item::quantity).sum();
    }

    /** The same package with one more unit of {@code lineId} scanned. */
    ScanPackage scannedOne(long lineId) {
        List<Item> after = items.stream()
                .map(i -> i.lineId() == lineId ? i.withScanned(i.scanned() + 1) : i)
                .toList();
        return new ScanPackage(
                id,
                orderId,
                packageNo,
                trackingNumber,
                orderStatus,
                shipped,
                after,
                expectedWeightGrams,
                measuredWeightGrams,
                weightOverrideReason,
                false);
    }

    /**
     * One SKU of the package: any of its barcodes counts as a scan of it. The flags and the packing
     * instruction come from the catalogue, for the packer to see while packing.
     */
    public record Item(
            long lineId,
            String sku,
            String name,
            String location,
            List<String> barcodes,
            int quantity,
            int scanned,
            boolean fragile,
            boolean liquid,
            boolean battery,
            boolean magnetic,
            String packingInstruction) {

        public Item {
            barcodes = List.copyOf(barcodes);
        }

        /** Whether the packer has anything to heed: a flag or an instruction. */
        public boolean needsCare() {
            return fragile
                    || liquid
                    || battery
                    || magnetic
                    || (packingInstruction != null && !packingInstruction.isBlank());
        }

        Item withScanned(int count) {
            return new Item(
                    lineId,
                    sku,
                    name,
                    location,
                    barcodes,
                    quantity,
                    count,
                    fragile,
                    liquid,
                    battery,
                    magnetic,
                    packingInstruction);
        }
    }
}

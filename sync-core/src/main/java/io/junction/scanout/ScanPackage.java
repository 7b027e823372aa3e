package io.junction.scanout;

import io.junction.order.OrderStatus;
import java.util.List;

/** A package open at a scan station: what it must hold and how much of it has been scanned. */
public record ScanPackage(
        long id,
        long orderId,
        String packageNo,
        String trackingNumber,
        OrderStatus orderStatus,
        boolean shipped,
        List<Item> items) {

    public ScanPackage {
        items = List.copyOf(items);
    }

    public boolean complete() {
        return items.stream().allMatch(i -> i.scanned() == i.quantity());
    }

    /** One SKU of the package: any of its barcodes counts as a scan of it. */
    public record Item(
            long lineId, String sku, String name, String location, List<String> barcodes, int quantity, int scanned) {}
}

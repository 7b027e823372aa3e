package io.junction.picking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A wave's pick list: every warehouse SKU its orders need, the quantities summed, in bin order. */
public final class PickList {

    private PickList() {}

    /** The lines of the wave's packages summed per SKU, sorted by bin (no bin last), then by SKU code. */
    public static List<PickRow> of(List<PickLine> lines) {
        Map<Long, List<PickLine>> bySku = new LinkedHashMap<>();
        for (PickLine line : lines) {
            bySku.computeIfAbsent(line.skuId(), id -> new ArrayList<>()).add(line);
        }
        List<PickRow> rows = new ArrayList<>();
        for (List<PickLine> same : bySku.values()) {
            PickLine first = same.get(0);
            Set<Long> orders = new HashSet<>();
            int quantity = 0;
            for (PickLine line : same) {
                quantity += line.quantity();
                orders.add(line.orderId());
            }
            rows.add(new PickRow(
                    first.sku(),
                    first.name(),
                    first.location(),
                    first.barcode(),
                    imageName(first.imageUrl()),
                    quantity,
                    orders.size()));
        }
        rows.sort(Comparator.comparing(PickRow::location, BinOrder.INSTANCE).thenComparing(PickRow::sku));
        return rows;
    }

    /** The file name at the end of an image's address, without its query. */
    static String imageName(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String path = url.split("[?#]", 2)[0];
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? null : name;
    }
}

package io.junction.sku;

import io.junction.persistence.GeneratedId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue of warehouse SKUs: find, add, change, and import many at once. Every input is checked
 * whole before anything changes, and every reason is told at once; an import is all or nothing.
 * Stock is not the catalogue's: on hand and reserved move only through {@link SkuMapper}'s stock
 * operations.
 */
@Service
public class SkuCatalogue {

    public static final int MAX_PAGE_SIZE = 200;

    private static final Logger log = LoggerFactory.getLogger(SkuCatalogue.class);

    private final SkuMapper skus;
    private final TransactionTemplate tx;

    public SkuCatalogue(SkuMapper skus, PlatformTransactionManager transactions) {
        this.skus = skus;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A page of the catalogue. */
    public record Page(List<CatalogueSku> items, long total) {}

    /** What an import did. */
    public record Imported(int created, int updated) {}

    /** SKUs whose code, name or a barcode contains {@code q} (all when blank), by code; pages count from 0. */
    public Page search(String q, int page, int size) {
        String like = q == null || q.isBlank() ? null : "%" + escapeLike(q.strip()) + "%";
        List<CatalogueSku.Row> rows = skus.search(like, page * size, size);
        return new Page(withBarcodes(rows), skus.countSearch(like));
    }

    /** @throws NoSuchElementException when there is no such SKU */
    public CatalogueSku get(long id) {
        CatalogueSku.Row row = skus.catalogueRow(id);
        if (row == null) {
            throw new NoSuchElementException("No SKU " + id);
        }
        return withBarcodes(List.of(row)).get(0);
    }

    /** The SKUs with these codes, exactly (byte for byte), by code. */
    public Map<String, CatalogueSku> byCode(List<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return withBarcodes(skus.catalogueRowsByCode(codes)).stream()
                .filter(s -> codes.contains(s.code()))
                .collect(Collectors.toMap(CatalogueSku::code, s -> s, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Adds a SKU with no stock (stock arrives by receipt).
     *
     * @throws CatalogueRefusedException with every reason, nothing added
     */
    public CatalogueSku create(SkuDraft asked, String actor) {
        SkuDraft sku = asked.normalised();
        refuseIfAny(SkuRules.check(sku), false);
        refuseIfAny(clashes(sku, null), true);
        long id = saved(() -> tx.execute(s -> insert(sku)));
        log.info("SKU {} added by {}", sku.code(), actor);
        return get(id);
    }

    /**
     * Replaces what the catalogue says of a SKU (its stock is left as it is).
     *
     * @throws NoSuchElementException when there is no such SKU
     * @throws CatalogueRefusedException with every reason, nothing changed
     */
    public CatalogueSku update(long id, SkuDraft asked, String actor) {
        get(id);
        SkuDraft sku = asked.normalised();
        refuseIfAny(SkuRules.check(sku), false);
        refuseIfAny(clashes(sku, id), true);
        saved(() -> tx.execute(s -> {
            replace(id, sku);
            return id;
        }));
        log.info("SKU {} ({}) changed by {}", sku.code(), id, actor);
        return get(id);
    }

    /**
     * Creates and updates SKUs by code, all or nothing: every row is checked (its fields, codes and
     * barcodes repeated in the sheet, barcodes held by SKUs the sheet does not change) before any is stored.
     *
     * @param rows the sheet's SKUs by the row number the sheet shows
     * @param earlier problems already found reading the sheet (a number that is not one), reported with the rest
     * @throws CatalogueRefusedException with every bad row's every reason, nothing imported
     */
    public Imported importAll(
            Map<Integer, SkuDraft> rows, List<CatalogueRefusedException.RowProblem> earlier, String actor) {
        List<CatalogueRefusedException.RowProblem> problems = new ArrayList<>(earlier);
        Map<Integer, SkuDraft> drafts = new LinkedHashMap<>();
        rows.forEach((row, draft) -> drafts.put(row, draft.normalised()));
        Map<String, Integer> codeRows = new HashMap<>();
        Map<String, Integer> barcodeRows = new HashMap<>();
        drafts.forEach((row, sku) -> {
            SkuRules.check(sku).forEach(p -> problems.add(new CatalogueRefusedException.RowProblem(row, p)));
            if (sku.code() != null) {
                Integer first = codeRows.putIfAbsent(sku.code(), row);
                if (first != null) {
                    problems.add(new CatalogueRefusedException.RowProblem(
                            row, new CatalogueProblem("code", "code.repeated", sku.code(), first)));
                }
            }
            for (String barcode : sku.barcodes()) {
                Integer first = barcode == null ? null : barcodeRows.putIfAbsent(barcode, row);
                if (first != null && !first.equals(row)) {
                    problems.add(new CatalogueRefusedException.RowProblem(
                            row, new CatalogueProblem("barcodes", "barcode.repeated", barcode, first)));
                }
            }
        });
        Map<String, CatalogueSku> existing = byCode(List.copyOf(codeRows.keySet()));
        Map<Long, String> updatedIds =
                existing.values().stream().collect(Collectors.toMap(CatalogueSku::id, CatalogueSku::code));
        if (!barcodeRows.isEmpty()) {
            for (SkuBarcode owned : skus.barcodeOwners(barcodeRows.keySet())) {
                Integer row = barcodeRows.get(owned.barcode());
                // held by a SKU this sheet rewrites: its barcodes are replaced, so the barcode is free if it moves
                if (row != null && !updatedIds.containsKey(owned.skuId())) {
                    problems.add(new CatalogueRefusedException.RowProblem(
                            row,
                            new CatalogueProblem(
                                    "barcodes",
                                    "barcode.taken",
                                    owned.barcode(),
                                    skus.findById(owned.skuId()).sku())));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(CatalogueRefusedException.RowProblem::row));
            throw new CatalogueRefusedException(problems, false);
        }
        int[] counts = new int[2];
        saved(() -> tx.execute(s -> {
            // barcodes first let go everywhere, so that one moving between two rewritten SKUs is never held twice
            for (SkuDraft sku : drafts.values()) {
                CatalogueSku before = existing.get(sku.code());
                if (before != null) {
                    skus.deleteBarcodes(before.id());
                }
            }
            for (SkuDraft sku : drafts.values()) {
                CatalogueSku before = existing.get(sku.code());
                if (before == null) {
                    insert(sku);
                    counts[0]++;
                } else {
                    skus.updateCatalogue(before.id(), sku);
                    sku.barcodes().forEach(b -> skus.insertBarcode(before.id(), b));
                    counts[1]++;
                }
            }
            return 0L;
        }));
        log.info("SKU import by {}: {} created, {} updated", actor, counts[0], counts[1]);
        return new Imported(counts[0], counts[1]);
    }

    /** Every SKU, by code, for the export. */
    public List<CatalogueSku> all() {
        return withBarcodes(skus.search(null, 0, Integer.MAX_VALUE));
    }

    private long insert(SkuDraft sku) {
        GeneratedId key = new GeneratedId();
        skus.insertCatalogue(key, sku);
        sku.barcodes().forEach(b -> skus.insertBarcode(key.get(), b));
        return key.get();
    }

    private void replace(long id, SkuDraft sku) {
        skus.updateCatalogue(id, sku);
        skus.deleteBarcodes(id);
        sku.barcodes().forEach(b -> skus.insertBarcode(id, b));
    }

    /** A code or barcode another SKU holds. */
    private List<CatalogueProblem> clashes(SkuDraft sku, Long self) {
        List<CatalogueProblem> problems = new ArrayList<>();
        WarehouseSku sameCode = skus.findBySku(sku.code());
        if (sameCode != null && !Objects.equals(sameCode.id(), self)) {
            problems.add(new CatalogueProblem("code", "code.taken", sku.code()));
        }
        if (!sku.barcodes().isEmpty()) {
            for (SkuBarcode owned : skus.barcodeOwners(sku.barcodes())) {
                if (!Objects.equals(owned.skuId(), self)) {
                    problems.add(new CatalogueProblem(
                            "barcodes",
                            "barcode.taken",
                            owned.barcode(),
                            skus.findById(owned.skuId()).sku()));
                }
            }
        }
        return problems;
    }

    /** Runs the write; a code or barcode taken by someone else meanwhile is told as such, not as a failure. */
    private static long saved(Supplier<Long> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException meanwhile) {
            throw CatalogueRefusedException.of(List.of(new CatalogueProblem("code", "taken.meanwhile")), true);
        }
    }

    private List<CatalogueSku> withBarcodes(List<CatalogueSku.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> barcodes = skus
                .barcodesOf(rows.stream().map(CatalogueSku.Row::id).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        SkuBarcode::skuId, Collectors.mapping(SkuBarcode::barcode, Collectors.toList())));
        return rows.stream()
                .map(r -> r.with(barcodes.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static void refuseIfAny(List<CatalogueProblem> problems, boolean conflict) {
        if (!problems.isEmpty()) {
            throw CatalogueRefusedException.of(problems, conflict);
        }
    }

    static String escapeLike(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

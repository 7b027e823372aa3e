package io.junction.sku;

import io.junction.persistence.GeneratedId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Warehouse SKUs and their barcodes. SQL in SkuMapper.xml beside this interface. Their stock changes only
 * through {@link io.junction.stock.StockLedger}.
 */
@Mapper
public interface SkuMapper {

    WarehouseSku findById(long id);

    WarehouseSku findBySku(String sku);

    /**
     * The warehouse SKU whose code is exactly {@code sku}. MySQL's usual collations compare
     * case-insensitively and ignore trailing spaces, so the match is checked here, the same on every database.
     */
    default WarehouseSku findBySkuExactly(String sku) {
        WarehouseSku found = sku == null ? null : findBySku(sku);
        return found != null && found.sku().equals(sku) ? found : null;
    }

    List<WarehouseSku> findAll();

    /**
     * The SKUs, their rows locked until the transaction ends (FOR UPDATE) in id order, so that two allocations
     * never wait on each other in a circle; the collection must not be empty.
     */
    List<WarehouseSku> lockByIds(@Param("ids") Collection<Long> ids);

    /** The SKUs whose codes match one of {@code skus} as the database compares; the collection must not be empty. */
    List<WarehouseSku> findBySkus(@Param("skus") Collection<String> skus);

    /** The warehouse SKU of each code that one is exactly (see {@link #findBySkuExactly}), by code. */
    default Map<String, WarehouseSku> findBySkusExactly(Collection<String> skus) {
        Map<String, WarehouseSku> found = new HashMap<>();
        if (!skus.isEmpty()) {
            findBySkus(skus).stream().filter(s -> skus.contains(s.sku())).forEach(s -> found.put(s.sku(), s));
        }
        return found;
    }

    /** Adds a SKU holding no stock, whatever {@code sku} says: its units come through the stock ledger. */
    void insert(GeneratedId key, @Param("s") WarehouseSku sku);

    void insertBarcode(long skuId, String barcode);

    List<String> barcodes(long skuId);

    WarehouseSku findByBarcode(String barcode);

    /** The catalogue's rows matching {@code q} (code, names or a barcode), by code; all when {@code q} is null. */
    List<CatalogueSku.Row> search(String q, int offset, int limit);

    long countSearch(@Param("q") String q);

    CatalogueSku.Row catalogueRow(long id);

    /** The rows whose codes are among {@code codes}, as the database's collation compares them. */
    List<CatalogueSku.Row> catalogueRowsByCode(@Param("codes") Collection<String> codes);

    /** Every barcode of the SKUs {@code skuIds}. */
    List<SkuBarcode> barcodesOf(@Param("skuIds") Collection<Long> skuIds);

    /** Which SKUs hold these barcodes. */
    List<SkuBarcode> barcodeOwners(@Param("barcodes") Collection<String> barcodes);

    void insertCatalogue(GeneratedId key, @Param("s") SkuDraft sku);

    int updateCatalogue(long id, @Param("s") SkuDraft sku);

    int deleteBarcodes(long skuId);
}

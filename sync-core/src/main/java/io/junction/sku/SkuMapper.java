package io.junction.sku;

import io.junction.persistence.GeneratedId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Warehouse SKUs, stock movements and barcodes. SQL in SkuMapper.xml beside this interface. */
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

    /** The warehouse SKUs whose codes are among {@code skus} as the database compares them; the list must not be empty. */
    List<WarehouseSku> findBySkus(@Param("skus") Collection<String> skus);

    /**
     * The warehouse SKUs whose codes are exactly among {@code skus}, by code, in one query: the
     * batch form of {@link #findBySkuExactly}, with the same exact match.
     */
    default Map<String, WarehouseSku> findBySkusExactly(Collection<String> skus) {
        Map<String, WarehouseSku> found = new HashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        for (WarehouseSku sku : findBySkus(skus)) {
            if (skus.contains(sku.sku())) {
                found.put(sku.sku(), sku);
            }
        }
        return found;
    }

    List<WarehouseSku> findAll();

    void insert(@Param("key") GeneratedId key, @Param("s") WarehouseSku sku);

    void insertBarcode(@Param("skuId") long skuId, @Param("barcode") String barcode);

    List<String> barcodes(long skuId);

    WarehouseSku findByBarcode(String barcode);

    /** Reserves {@code quantity} if that many are available; zero rows otherwise. */
    int reserve(@Param("id") long id, @Param("quantity") int quantity);

    /** Gives back a reservation (a cancelled or released order). */
    int release(@Param("id") long id, @Param("quantity") int quantity);

    /** Takes shipped units off the shelf and out of the reservation. */
    int deduct(@Param("id") long id, @Param("quantity") int quantity);
}

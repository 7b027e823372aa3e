package io.junction.stock;

import io.junction.persistence.GeneratedId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The only SQL that changes a SKU's on hand or reserved units, and the ledger's rows. Only
 * {@link StockLedger} calls the changing statements, each beside the movement that records it.
 * SQL in StockMapper.xml beside this interface.
 */
@Mapper
public interface StockMapper {

    /** Reserves {@code quantity} if that many are available; zero rows otherwise. */
    int reserve(long id, int quantity);

    /** Gives back a reservation; zero rows if less is reserved. */
    int release(long id, int quantity);

    /** Takes shipped units off the shelf and out of the reservation; zero rows if less is reserved. */
    int deduct(long id, int quantity);

    /** Changes on hand by {@code delta}; zero rows if on hand would fall below what is reserved. */
    int addOnHand(long id, int delta);

    /** Records where the SKU is shelved (上架). */
    int putAway(long id, String location);

    /** Reserves each SKU's total ({@code totals}: SKU id to units) where it is available; answers how many SKUs changed. */
    int reserveAll(@Param("totals") Map<Long, Integer> totals);

    void insertMovement(
            long skuId, MovementKind kind, int quantity, String reference, String actor, String reason, Instant at);

    /**
     * The ledger's rows, oldest first, at most {@code limit}.
     *
     * @param skuId one SKU's, or every SKU's when null
     * @param from from this time on (inclusive), or from the start when null
     * @param to before this time (exclusive), or up to now when null
     */
    List<StockMovement> movements(Long skuId, Instant from, Instant to, int limit);

    void insertReceipt(GeneratedId key, String reference, String actor, Instant at);

    int countReceipts(@Param("reference") String reference);

    /** Every SKU's stock for the stock page: the least available (relative to its low-stock line) first. */
    List<StockLevel> levels();
}

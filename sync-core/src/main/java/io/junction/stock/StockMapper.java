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
    int reserve(@Param("id") long id, @Param("quantity") int quantity);

    /** Gives back a reservation; zero rows if less is reserved. */
    int release(@Param("id") long id, @Param("quantity") int quantity);

    /** Takes shipped units off the shelf and out of the reservation; zero rows if less is reserved. */
    int deduct(@Param("id") long id, @Param("quantity") int quantity);

    /** Changes on hand by {@code delta}; zero rows if on hand would fall below what is reserved. */
    int addOnHand(@Param("id") long id, @Param("delta") int delta);

    /** Records where the SKU is shelved (上架). */
    int putAway(@Param("id") long id, @Param("location") String location);

    /** Reserves each SKU's total ({@code totals}: SKU id to units) where it is available; answers how many SKUs changed. */
    int reserveAll(@Param("totals") Map<Long, Integer> totals);

    /** One movement row of {@code kind} per reservation, in one statement. */
    void insertReservations(
            @Param("kind") MovementKind kind,
            @Param("reservations") List<StockLedger.Reservation> reservations,
            @Param("actor") String actor,
            @Param("at") Instant at);

    void insertMovement(
            @Param("skuId") long skuId,
            @Param("kind") MovementKind kind,
            @Param("quantity") int quantity,
            @Param("reference") String reference,
            @Param("actor") String actor,
            @Param("reason") String reason,
            @Param("at") Instant at);

    /**
     * The ledger's rows, oldest first, at most {@code limit}.
     *
     * @param skuId one SKU's, or every SKU's when null
     * @param from from this time on (inclusive), or from the start when null
     * @param to before this time (exclusive), or up to now when null
     */
    List<StockMovement> movements(
            @Param("skuId") Long skuId,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("limit") int limit);

    void insertReceipt(
            @Param("key") GeneratedId key,
            @Param("reference") String reference,
            @Param("actor") String actor,
            @Param("at") Instant at);

    int countReceipts(@Param("reference") String reference);

    /** Every SKU's stock for the stock page: the least available (relative to its low-stock line) first. */
    List<StockLevel> levels();
}

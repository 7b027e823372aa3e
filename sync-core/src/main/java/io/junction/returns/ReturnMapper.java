package io.junction.returns;

import io.junction.persistence.GeneratedId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Returns and their lines. SQL in ReturnMapper.xml beside this interface. */
@Mapper
public interface ReturnMapper {

    /** Units of one order line: shipped, or already returned. */
    record LineCount(long orderLineId, int quantity) {}

    /** A warehouse SKU a shipped order line went out as, and how many of it per unit sold (a bundle has several). */
    record LineSku(long orderLineId, long packageId, long skuId, int unitsPerItem) {}

    /** How many returns one status holds. */
    record StatusCount(ReturnStatus status, long count) {}

    /** A new REQUESTED return; {@code platformReturnId} names the platform's request it came from, else null. */
    void insert(
            @Param("key") GeneratedId key,
            @Param("orderId") long orderId,
            @Param("platformReturnId") String platformReturnId,
            @Param("reason") String reason,
            @Param("actor") String actor,
            @Param("now") Instant now);

    /** The id of the order's return made from the platform's request, or null. */
    Long findByPlatformRequest(@Param("orderId") long orderId, @Param("platformReturnId") String platformReturnId);

    /** Where the shop's return requests were read up to; null before the first read. */
    Instant syncWatermark(long shopId);

    /** Records a read of the shop's return requests up to {@code watermark}. */
    void recordSync(@Param("shopId") long shopId, @Param("watermark") Instant watermark, @Param("now") Instant now);

    /** Records a failed read; the watermark stays (a first read's failure stores {@code from}, where it began). */
    void recordSyncFailure(
            @Param("shopId") long shopId,
            @Param("from") Instant from,
            @Param("now") Instant now,
            @Param("error") String error);

    void insertLine(
            @Param("returnId") long returnId, @Param("orderLineId") long orderLineId, @Param("quantity") int quantity);

    /** The return with its lines; null when there is none. */
    Return findById(long id);

    /** The newest returns, each with its lines. */
    List<Return> list(
            @Param("status") ReturnStatus status,
            @Param("orderId") Long orderId,
            @Param("shopIds") Set<Long> shopIds,
            @Param("limit") int limit);

    List<StatusCount> countByStatus(@Param("shopIds") Set<Long> shopIds);

    /** Locks the order's row, so that two returns of it are checked one after the other. */
    Long lockOrder(long orderId);

    /** Platform units shipped per order line, over the order's shipped packages. */
    List<LineCount> shipped(long orderId);

    /** Units already returned (announced) per order line, over every return of the order. */
    List<LineCount> returned(long orderId);

    /** The warehouse SKUs of the order's shipped package lines, oldest package first. */
    List<LineSku> shippedSkus(long orderId);

    /** How many resends of the order there are, to number the next one. */
    int countResends(long orderId);

    /** Marks a new order as the resend of {@code originalId}. */
    int linkResend(@Param("orderId") long orderId, @Param("originalId") long originalId);

    /** The ids of the order's resends, oldest first. */
    List<Long> resends(long orderId);

    int markReceived(
            @Param("id") long id,
            @Param("version") int version,
            @Param("actor") String actor,
            @Param("now") Instant now);

    int recordLine(
            @Param("id") long lineId,
            @Param("restocked") int restocked,
            @Param("scrapped") int scrapped,
            @Param("location") String location);

    int close(
            @Param("id") long id,
            @Param("version") int version,
            @Param("refundAmount") BigDecimal refundAmount,
            @Param("refundNote") String refundNote,
            @Param("actor") String actor,
            @Param("now") Instant now);
}

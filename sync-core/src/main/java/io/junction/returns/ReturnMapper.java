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
    void insert(GeneratedId key, long orderId, String platformReturnId, String reason, String actor, Instant now);

    /** The id of the order's return made from the platform's request, or null. */
    Long findByPlatformRequest(long orderId, String platformReturnId);

    /** Where the shop's return requests were read up to; null before the first read. */
    Instant syncWatermark(long shopId);

    /** Records a read of the shop's return requests up to {@code watermark}. */
    void recordSync(long shopId, Instant watermark, Instant now);

    /** Records a failed read; the watermark stays (a first read's failure stores {@code from}, where it began). */
    void recordSyncFailure(long shopId, Instant from, Instant now, String error);

    void insertLine(long returnId, long orderLineId, int quantity);

    /** The return with its lines; null when there is none. */
    Return findById(long id);

    /** The newest returns, each with its lines. */
    List<Return> list(ReturnStatus status, Long orderId, Set<Long> shopIds, int limit);

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
    int linkResend(long orderId, long originalId);

    /** The ids of the order's resends, oldest first. */
    List<Long> resends(long orderId);

    int markReceived(long id, int version, String actor, Instant now);

    int recordLine(@Param("id") long lineId, int restocked, int scrapped, String location);

    int close(long id, int version, BigDecimal refundAmount, String refundNote, String actor, Instant now);
}

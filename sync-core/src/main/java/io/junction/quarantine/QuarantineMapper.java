package io.junction.quarantine;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The quarantine: platform orders that could not be read. SQL in QuarantineMapper.xml beside this interface. */
@Mapper
public interface QuarantineMapper {

    /** Keeps a payload that could not be read, unless this shop has kept the same payload already. */
    void insert(
            @Param("shopId") long shopId,
            @Param("platformOrderId") String platformOrderId,
            @Param("reason") String reason,
            @Param("rawPayload") String rawPayload,
            @Param("payloadSha256") String payloadSha256,
            @Param("now") Instant now);

    /**
     * The newest {@code limit} quarantined payloads, of one shop or all, in one status or all.
     *
     * @param shopIds the shops to look in, null for every shop
     */
    List<QuarantinedOrder> list(
            @Param("shopId") Long shopId,
            @Param("shopIds") Collection<Long> shopIds,
            @Param("status") QuarantineStatus status,
            @Param("limit") int limit);

    /** The newest {@code limit} quarantined payloads of every shop or one. */
    default List<QuarantinedOrder> list(Long shopId, QuarantineStatus status, int limit) {
        return list(shopId, null, status, limit);
    }

    QuarantinedOrder findById(long id);

    /** How many quarantined payloads each status holds, of one shop or all. */
    List<StatusCount> countByStatus(@Param("shopId") Long shopId, @Param("shopIds") Collection<Long> shopIds);

    /** How many quarantined payloads each status holds, of every shop or one. */
    default List<StatusCount> countByStatus(Long shopId) {
        return countByStatus(shopId, null);
    }

    record StatusCount(QuarantineStatus status, long count) {}

    boolean hasOpen(long shopId);

    /** Resolves the shop's open entries of these orders received before {@code now}, when a readable version arrived. */
    int resolveArrived(
            @Param("shopId") long shopId,
            @Param("platformOrderIds") List<String> platformOrderIds,
            @Param("actor") String actor,
            @Param("now") Instant now);

    /**
     * Counts a retry that did not resolve the entry, with what it found; a new reason and payload
     * when the platform sent the order malformed again (null: unchanged).
     */
    int recordRetry(
            @Param("id") long id,
            @Param("now") Instant now,
            @Param("outcome") String outcome,
            @Param("reason") String reason,
            @Param("rawPayload") String rawPayload,
            @Param("payloadSha256") String payloadSha256);

    /** Resolves the entry with the order a retry read; zero rows when a person dismissed it meanwhile. */
    int resolveRetried(
            @Param("id") long id,
            @Param("orderId") long orderId,
            @Param("actor") String actor,
            @Param("now") Instant now,
            @Param("outcome") String outcome);

    /** Dismisses an open entry with the person's note; zero rows when it was settled already. */
    int dismiss(
            @Param("id") long id, @Param("actor") String actor, @Param("now") Instant now, @Param("note") String note);
}

package io.junction.quarantine;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The quarantine: platform orders that could not be read. SQL in QuarantineMapper.xml beside this interface. */
@Mapper
public interface QuarantineMapper {

    /** Keeps a payload that could not be read, unless this shop has kept the same payload already. */
    void insert(
            long shopId, String platformOrderId, String reason, String rawPayload, String payloadSha256, Instant now);

    /**
     * The newest {@code limit} quarantined payloads, of one shop or all, in one status or all.
     *
     * @param shopIds the shops to look in, null for every shop
     */
    List<QuarantinedOrder> list(Long shopId, Collection<Long> shopIds, QuarantineStatus status, int limit);

    /** The newest {@code limit} quarantined payloads of every shop or one. */
    default List<QuarantinedOrder> list(Long shopId, QuarantineStatus status, int limit) {
        return list(shopId, null, status, limit);
    }

    QuarantinedOrder findById(long id);

    /** How many quarantined payloads each status holds, of one shop or all. */
    List<StatusCount> countByStatus(Long shopId, Collection<Long> shopIds);

    /** How many quarantined payloads each status holds, of every shop or one. */
    default List<StatusCount> countByStatus(Long shopId) {
        return countByStatus(shopId, null);
    }

    record StatusCount(QuarantineStatus status, long count) {}

    boolean hasOpen(long shopId);

    /** Resolves the shop's open entries of these orders received before {@code now}, when a readable version arrived. */
    int resolveArrived(long shopId, List<String> platformOrderIds, String actor, Instant now);

    /**
     * Counts a retry that did not resolve the entry, with what it found; a new reason and payload
     * when the platform sent the order malformed again (null: unchanged).
     */
    int recordRetry(long id, Instant now, String outcome, String reason, String rawPayload, String payloadSha256);

    /** Resolves the entry with the order a retry read; zero rows when a person dismissed it meanwhile. */
    int resolveRetried(long id, long orderId, String actor, Instant now, String outcome);

    /** Dismisses an open entry with the person's note; zero rows when it was settled already. */
    int dismiss(long id, String actor, Instant now, String note);
}

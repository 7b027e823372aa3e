package io.junction.writeback;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The write-back outbox. SQL in OutboxMapper.xml beside this interface. */
@Mapper
public interface OutboxMapper {

    void insert(@Param("orderId") long orderId, @Param("packageId") long packageId, @Param("now") Instant now);

    /** Locks up to {@code limit} due rows that no other relay holds (FOR UPDATE SKIP LOCKED). */
    List<OutboxEntry> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    int markConfirmed(@Param("id") long id, @Param("now") Instant now);

    int markRetry(@Param("id") long id, @Param("next") Instant next, @Param("error") String error);

    int markFailed(@Param("id") long id, @Param("error") String error);

    List<OutboxEntry> findByOrder(long orderId);

    /** Locks the order's row (FOR UPDATE) until the transaction ends; null when there is no such order. */
    Long lockOrder(long orderId);
}

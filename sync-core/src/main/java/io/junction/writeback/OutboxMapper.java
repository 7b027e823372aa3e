package io.junction.writeback;

import io.junction.outbox.Outbox;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The write-back outbox. SQL in OutboxMapper.xml beside this interface. */
@Mapper
public interface OutboxMapper extends Outbox.DueRows<OutboxEntry> {

    void insert(@Param("orderId") long orderId, @Param("packageId") long packageId, @Param("now") Instant now);

    int markConfirmed(@Param("id") long id, @Param("now") Instant now);

    int markRetry(@Param("id") long id, @Param("next") Instant next, @Param("error") String error);

    int markFailed(@Param("id") long id, @Param("error") String error);

    List<OutboxEntry> findByOrder(long orderId);

    /** Locks the order's row (FOR UPDATE) until the transaction ends; null when there is no such order. */
    Long lockOrder(long orderId);
}

package io.junction.writeback;

import io.junction.outbox.Outbox;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The write-back outbox. SQL in OutboxMapper.xml beside this interface. */
@Mapper
public interface OutboxMapper extends Outbox.DueRows<OutboxEntry> {

    void insert(long orderId, long packageId, Instant now);

    int markConfirmed(long id, Instant now);

    int markRetry(long id, Instant next, String error);

    int markFailed(long id, String error);

    List<OutboxEntry> findByOrder(long orderId);

    /** Locks the order's row (FOR UPDATE) until the transaction ends; null when there is no such order. */
    Long lockOrder(long orderId);
}

package io.junction.writeback;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;

/** The write-back outbox as a queue a person works. SQL in WriteBackQueueMapper.xml beside this interface. */
@Mapper
public interface WriteBackQueueMapper {

    List<FailedConfirmation> list(OutboxStatus status, Set<Long> shopIds, int offset, int limit);

    long count(OutboxStatus status, Set<Long> shopIds);

    FailedConfirmation findById(long id);

    /** A FAILED row due again now with every attempt back; 0 when it is not FAILED (any more). */
    int requeue(long id, String actor, Instant now);
}

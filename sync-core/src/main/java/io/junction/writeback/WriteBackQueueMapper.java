package io.junction.writeback;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The write-back outbox as a queue a person works. SQL in WriteBackQueueMapper.xml beside this interface. */
@Mapper
public interface WriteBackQueueMapper {

    List<FailedConfirmation> list(
            @Param("status") OutboxStatus status,
            @Param("shopIds") Set<Long> shopIds,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long count(@Param("status") OutboxStatus status, @Param("shopIds") Set<Long> shopIds);

    FailedConfirmation findById(long id);

    /** A FAILED row due again now with every attempt back; 0 when it is not FAILED (any more). */
    int requeue(@Param("id") long id, @Param("actor") String actor, @Param("now") Instant now);
}

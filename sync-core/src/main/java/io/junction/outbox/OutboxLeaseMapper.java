package io.junction.outbox;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The relay's lease on any outbox's rows. SQL in OutboxLeaseMapper.xml beside this interface. */
@Mapper
interface OutboxLeaseMapper {

    /** Pushes claimed rows' next attempt past the lease, so no other relay takes them meanwhile. */
    int lease(String table, List<Long> ids, Instant until);

    /**
     * Renews the lease of a row this relay claimed until {@code leasedUntil}, just before working on
     * it; zero rows when the lease ran out and another relay claimed (or settled) it meanwhile.
     */
    int renewLease(String table, long id, int seen, Instant leasedUntil, Instant until);
}

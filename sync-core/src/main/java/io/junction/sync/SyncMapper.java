package io.junction.sync;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Per-shop sync state and back-fill lookups. SQL in SyncMapper.xml beside this interface. */
@Mapper
public interface SyncMapper {

    SyncState findState(long shopId);

    void insertState(long shopId);

    /** The shop's sync health; null before its first run. */
    SyncHealth findHealth(long shopId);

    /** Takes the shop for one run unless another run holds an unexpired lease. Zero rows: busy. */
    int acquireLease(@Param("shopId") long shopId, @Param("now") Instant now, @Param("until") Instant until);

    int recordSuccess(@Param("shopId") long shopId, @Param("watermark") Instant watermark, @Param("now") Instant now,
            @Param("ordersSeen") long ordersSeen);

    /** Keeps the error, when it happened, and whether the platform throttled the run ({@code THROTTLED: …}). */
    int recordFailure(@Param("shopId") long shopId, @Param("now") Instant now, @Param("error") String error);

    /** The last execution of each of the shop's newest {@code limit} back-fill job instances, newest first. */
    List<Long> backfillExecutions(@Param("jobName") String jobName, @Param("shopParameter") String shopParameter,
            @Param("shopId") String shopId, @Param("modeParameter") String modeParameter, @Param("limit") int limit);
}

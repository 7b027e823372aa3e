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
    int acquireLease(long shopId, String holder, Instant now, Instant until);

    /**
     * Takes the shop from a run whose node is known dead, provided that run still holds it as seen
     * ({@code deadHolder} since {@code deadSince}). Zero rows: someone else moved first.
     */
    int takeOverLease(long shopId, String holder, Instant now, Instant until, String deadHolder, Instant deadSince);

    /** Moves the end of the holder's lease on. Zero rows: the claim was taken over and is lost. */
    int renewLease(long shopId, String holder, Instant since, Instant until);

    /** Lets the shop go, if the claim is still the holder's. */
    int releaseLease(long shopId, String holder, Instant since);

    /**
     * Moves the watermark and lets the shop go, only while the run still holds its claim. Zero rows:
     * the claim was taken over, and the run that took it decides where the watermark goes.
     */
    int recordSuccess(long shopId, Instant watermark, Instant now, long ordersSeen, String holder, Instant since);

    /** Keeps the error, when it happened, and whether the platform throttled the run ({@code THROTTLED: …}). */
    int recordFailure(long shopId, Instant now, String error);

    /** The nodes of the Quartz cluster as their last check-ins show them (empty when not clustered). */
    List<SchedulerNode> schedulerNodes(@Param("schedulerName") String schedulerName);

    /** The shop's executions of the given mode that the job repository still shows running. */
    List<Long> runningExecutions(
            String jobName, String shopParameter, String shopId, String modeParameter, String mode);

    /** The last execution of each of the shop's newest {@code limit} back-fill job instances, newest first. */
    List<Long> backfillExecutions(String jobName, String shopParameter, String shopId, String modeParameter, int limit);
}

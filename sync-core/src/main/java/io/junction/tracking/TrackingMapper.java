package io.junction.tracking;

import io.junction.logistics.TrackingStatus;
import io.junction.outbox.Outbox;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The tracking poll's outbox, the parcels' events and the alerts. SQL in TrackingMapper.xml beside this interface. */
@Mapper
public interface TrackingMapper extends Outbox.DueRows<TrackingPoll> {

    /** A shipped package to poll, due at {@code due}. */
    void insert(long orderId, long packageId, Instant shippedAt, Instant due);

    /**
     * Records one poll: counts it, and stores what it learned (a null status or time keeps what is stored); zero
     * rows when another relay settled the row since it was claimed.
     */
    int settle(long id, int seen, @Param("s") Settlement settlement, Instant now);

    TrackingPoll findByPackage(long packageId);

    List<TrackingPoll> findByPackages(@Param("packageIds") Collection<Long> packageIds);

    /** The keys of the events stored for the package. */
    List<String> eventKeys(long packageId);

    void insertEvents(long packageId, List<NewEvent> events, Instant now);

    /** The stored events of these packages, oldest first. */
    List<StoredEvent> events(@Param("packageIds") Collection<Long> packageIds);

    /**
     * Parcels still polled that the carrier never scanned, shipped before their platform's cut-off, in the shops
     * given (null: every shop), the longest waiting first.
     */
    List<TrackingAlert> noFirstScan(
            List<PlatformCutoff> cutoffs, Instant otherwise, Collection<Long> shopIds, int limit);

    long countNoFirstScan(List<PlatformCutoff> cutoffs, Instant otherwise, Collection<Long> shopIds);

    /** Scanned parcels still polled that entered their status before {@code since}, the longest stuck first. */
    List<TrackingAlert> stuck(Instant since, Collection<Long> shopIds, int limit);

    long countStuck(Instant since, Collection<Long> shopIds);

    /**
     * What one poll settles.
     *
     * @param failures unanswered polls in a row after this one
     * @param statusSince when the parcel entered {@code trackingStatus}
     */
    record Settlement(
            PollStatus status,
            int failures,
            Instant next,
            String error,
            TrackingStatus trackingStatus,
            Instant statusSince,
            Instant firstScanAt) {}

    /** An event to store, with its key. */
    record NewEvent(String key, Instant time, TrackingStatus status, String description, String location) {}

    /** A platform's own no-scan cut-off. */
    record PlatformCutoff(String platform, Instant before) {}
}

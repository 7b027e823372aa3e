package io.junction.writeback;

import io.junction.persistence.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Tracking-number changes. SQL in TrackingChangeMapper.xml beside this interface. */
@Mapper
public interface TrackingChangeMapper {

    /** Locks the package row, so that changes to one package are decided one at a time. */
    Long lockPackage(long packageId);

    void insert(GeneratedId key, @Param("c") TrackingChangeEntry change);

    TrackingChangeEntry findById(long id);

    /** The package's changes, oldest first. */
    List<TrackingChangeEntry> findByPackage(long packageId);

    /** The order's changes, oldest first. */
    List<TrackingChangeEntry> findByOrder(long orderId);

    /**
     * Claims a pending change for one more call to the marketplace; zero rows while another attempt,
     * claimed after {@code staleBefore}, waits for its answer.
     */
    int claimAttempt(long id, Instant now, Instant staleBefore);

    /** The marketplace accepted the change (an answer to any attempt while it is pending counts). */
    int markConfirmed(long id, Instant now);

    /** The marketplace refused attempt {@code attempt}; zero rows when a later attempt took over. */
    int markFailed(long id, int attempt, Instant now, String error);

    /** Keeps why the marketplace could not be asked; the change stays pending, to be resent. */
    int markUnanswered(long id, int attempt, String error);

    /** Puts the new number on the package, if it still carries the old one. */
    int replaceTrackingNumber(long packageId, String oldNumber, String newNumber);
}

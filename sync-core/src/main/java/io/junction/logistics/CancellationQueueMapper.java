package io.junction.logistics;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The parcel cancellations as a queue a person works. SQL in CancellationQueueMapper.xml beside this interface. */
@Mapper
public interface CancellationQueueMapper {

    /** Rows of these statuses (all when null), newest first. */
    List<FailedCancellation> list(List<CancellationStatus> statuses, Set<Long> shopIds, int offset, int limit);

    long count(List<CancellationStatus> statuses, Set<Long> shopIds);

    FailedCancellation findById(long id);

    /** A FAILED or REFUSED row due again now with every attempt back; 0 when it is neither (any more). */
    int requeue(long id, String actor, Instant now);

    /** The package of a refused cancellation back to CANCELLING, so that the relay settles it again. */
    int reopenPackage(@Param("packageId") long packageId);
}

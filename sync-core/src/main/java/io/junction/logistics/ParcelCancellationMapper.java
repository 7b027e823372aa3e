package io.junction.logistics;

import io.junction.outbox.Outbox;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The parcel-cancellation outbox. SQL in ParcelCancellationMapper.xml beside this interface. */
@Mapper
public interface ParcelCancellationMapper extends Outbox.DueRows<ParcelCancellation> {

    void insert(long orderId, long packageId, String trackingNumber, String waybill, Instant due, Instant now);

    /** PENDING → CANCELLED, remembering which parcel it was (null numbers keep what is stored). */
    int markCancelled(long id, int seen, Instant now, String trackingNumber, String waybill);

    int markRefused(long id, int seen, Instant now, String error);

    /** Another attempt at {@code next}; a parcel found on the way is remembered (null numbers keep what is stored). */
    int markRetry(long id, int seen, Instant next, String error, String trackingNumber, String waybill);

    int markFailed(long id, int seen, Instant now, String error);

    ParcelCancellation findById(long id);

    List<ParcelCancellation> findByOrder(long orderId);
}

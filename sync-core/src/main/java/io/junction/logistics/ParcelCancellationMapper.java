package io.junction.logistics;

import io.junction.outbox.Outbox;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The parcel-cancellation outbox. SQL in ParcelCancellationMapper.xml beside this interface. */
@Mapper
public interface ParcelCancellationMapper extends Outbox.DueRows<ParcelCancellation> {

    void insert(
            @Param("orderId") long orderId,
            @Param("packageId") long packageId,
            @Param("trackingNumber") String trackingNumber,
            @Param("waybill") String waybill,
            @Param("due") Instant due,
            @Param("now") Instant now);

    /** PENDING → CANCELLED, remembering which parcel it was (null numbers keep what is stored). */
    int markCancelled(
            @Param("id") long id,
            @Param("seen") int seen,
            @Param("now") Instant now,
            @Param("trackingNumber") String trackingNumber,
            @Param("waybill") String waybill);

    int markRefused(
            @Param("id") long id, @Param("seen") int seen, @Param("now") Instant now, @Param("error") String error);

    /** Another attempt at {@code next}; a parcel found on the way is remembered (null numbers keep what is stored). */
    int markRetry(
            @Param("id") long id,
            @Param("seen") int seen,
            @Param("next") Instant next,
            @Param("error") String error,
            @Param("trackingNumber") String trackingNumber,
            @Param("waybill") String waybill);

    int markFailed(
            @Param("id") long id, @Param("seen") int seen, @Param("now") Instant now, @Param("error") String error);

    ParcelCancellation findById(long id);

    List<ParcelCancellation> findByOrder(long orderId);
}

package io.junction.logistics;

import io.junction.outbox.Outbox;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The outbox of weights to send to carriers. SQL in WeightUpdateMapper.xml beside this interface. Every
 * settlement is guarded by the attempt it settles and the weight it sent, so that an answer about a weight
 * replaced meanwhile settles nothing.
 */
@Mapper
public interface WeightUpdateMapper extends Outbox.DueRows<WeightUpdate> {

    /** The package's row with this weight, due now: a new one, or the old one put back to PENDING. */
    void upsert(
            @Param("orderId") long orderId,
            @Param("packageId") long packageId,
            @Param("grams") int grams,
            @Param("now") Instant now);

    /** PENDING → {@code status} (SENT, REFUSED or FAILED). */
    int settle(
            @Param("id") long id,
            @Param("seen") int seen,
            @Param("grams") int grams,
            @Param("status") WeightUpdateStatus status,
            @Param("error") String error,
            @Param("now") Instant now);

    int markRetry(
            @Param("id") long id,
            @Param("seen") int seen,
            @Param("grams") int grams,
            @Param("next") Instant next,
            @Param("error") String error);

    WeightUpdate findByPackage(long packageId);
}

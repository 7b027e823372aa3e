package io.junction.logistics;

import io.junction.outbox.Outbox;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;

/**
 * The outbox of weights to send to carriers. SQL in WeightUpdateMapper.xml beside this interface. Every
 * settlement is guarded by the attempt it settles and the weight it sent, so that an answer about a weight
 * replaced meanwhile settles nothing.
 */
@Mapper
public interface WeightUpdateMapper extends Outbox.DueRows<WeightUpdate> {

    /** The package's row with this weight, due now: a new one, or the old one put back to PENDING. */
    void upsert(long orderId, long packageId, int grams, Instant now);

    /** PENDING → {@code status} (SENT, REFUSED or FAILED). */
    int settle(long id, int seen, int grams, WeightUpdateStatus status, String error, Instant now);

    int markRetry(long id, int seen, int grams, Instant next, String error);

    WeightUpdate findByPackage(long packageId);
}

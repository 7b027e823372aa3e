package io.junction.handover;

import io.junction.persistence.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Hand-over batches and their parcels. SQL in HandoverMapper.xml beside this interface. */
@Mapper
public interface HandoverMapper {

    void insert(GeneratedId key, String carrier, String actor, Instant now);

    Handover findById(long id);

    /** The carrier's open batch, the oldest first. */
    List<Handover> findOpen(String carrier);

    /** The newest batches, open ones first. */
    List<Handover> findRecent(int limit);

    /** Whether a carrier account of this carrier exists. */
    boolean carrierExists(String carrier);

    /** The parcels whose tracking number or package number is {@code code}, with their carrier and batch. */
    List<HandoverParcel> findParcels(String code);

    /** The batch's parcels, in the order they were scanned. */
    List<HandoverParcel> parcels(long handoverId);

    void addParcel(long handoverId, long packageId, String actor, Instant now);

    /** Parcels of the carrier shipped since {@code since} that are in no batch: still due to be handed over. */
    int countWaiting(String carrier, Instant since);

    /** Parcels shipped in {@code [from, to)} in no batch, by carrier and time shipped. */
    List<HandoverParcel> unbatched(Instant from, Instant to);

    /** OPEN becomes CLOSED, only from the version read. Zero rows: closed meanwhile, or changed. */
    int close(long id, int version, String actor, Instant now);

    /** Counts a scan against the batch (its version), so that a close cannot miss a parcel added meanwhile. */
    int touch(@Param("id") long id);
}

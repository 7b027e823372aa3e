package io.junction.handover;

import io.junction.persistence.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Hand-over batches and their parcels. SQL in HandoverMapper.xml beside this interface. */
@Mapper
public interface HandoverMapper {

    void insert(
            @Param("key") GeneratedId key,
            @Param("carrier") String carrier,
            @Param("actor") String actor,
            @Param("now") Instant now);

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

    void addParcel(
            @Param("handoverId") long handoverId,
            @Param("packageId") long packageId,
            @Param("actor") String actor,
            @Param("now") Instant now);

    /** Parcels of the carrier shipped since {@code since} that are in no batch: still due to be handed over. */
    int countWaiting(@Param("carrier") String carrier, @Param("since") Instant since);

    /** Parcels shipped in {@code [from, to)} in no batch, by carrier and time shipped. */
    List<HandoverParcel> unbatched(@Param("from") Instant from, @Param("to") Instant to);

    /** OPEN becomes CLOSED, only from the version read. Zero rows: closed meanwhile, or changed. */
    int close(
            @Param("id") long id,
            @Param("version") int version,
            @Param("actor") String actor,
            @Param("now") Instant now);

    /** Counts a scan against the batch (its version), so that a close cannot miss a parcel added meanwhile. */
    int touch(@Param("id") long id);
}

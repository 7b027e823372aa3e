package io.junction.label;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Carrier labels kept once fetched, and whose label a method prints. SQL in LabelStoreMapper.xml beside this. */
@Mapper
public interface LabelStoreMapper {

    List<StoredLabel> findByPackages(@Param("packageIds") Collection<Long> packageIds);

    /** Replaces the kept label of a package (fetched anew for a new tracking number). Zero rows: none kept yet. */
    int update(long packageId, String trackingNumber, byte[] content, Instant fetchedAt);

    void insert(long packageId, String trackingNumber, byte[] content, Instant fetchedAt);

    /** The method's {@link LabelSource} by name; null for no such method. */
    String labelSource(long methodId);

    int setLabelSource(long methodId, LabelSource source);
}

package io.junction.merge;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The orders a merge may take. SQL in MergeMapper.xml beside this interface. */
@Mapper
public interface MergeMapper {

    /** Allocated orders of the shop and buyer (their address compared by the caller), ascending. */
    List<Long> allocatedOfBuyer(long shopId, String buyerName);
}

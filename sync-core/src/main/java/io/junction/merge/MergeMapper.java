package io.junction.merge;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The orders a merge may take. SQL in MergeMapper.xml beside this interface. */
@Mapper
public interface MergeMapper {

    /** Allocated orders of the shop and buyer (their address compared by the caller), ascending. */
    List<Long> allocatedOfBuyer(@Param("shopId") long shopId, @Param("buyerName") String buyerName);
}

package io.junction.allocation;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The orders allocation looks for. SQL in AllocationMapper.xml beside this interface. */
@Mapper
public interface AllocationMapper {

    /**
     * Reviewed orders (PENDING_ALLOCATION) with a line of one of these platform SKUs, earliest ship-by
     * first (none last), then oldest.
     */
    List<Long> waitingOn(@Param("platformSkus") Collection<String> platformSkus);
}

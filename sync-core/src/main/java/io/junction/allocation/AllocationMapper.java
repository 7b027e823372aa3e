package io.junction.allocation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** An allocated order line and the warehouse SKU it was allocated with (null for a bundle of several). */
    record ReservedLine(long lineId, Long skuId) {}

    /** Marks the lines reserved, each with its warehouse SKU, in one statement; the list must not be empty. */
    int reserveLines(@Param("lines") List<ReservedLine> lines);

    /**
     * Sets each order's logistics method ({@code methods}: order id to method id) and clears its block, as the
     * allocation that moves the order on (and counts the change) does.
     */
    int setLogisticsMethods(@Param("methods") Map<Long, Long> methods);
}

package io.junction.allocation;

import io.junction.order.AllocationBlock;
import io.junction.order.BlockItem;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Why orders wait for allocation, and which wait for what. SQL in AllocationBlockMapper.xml beside this interface. */
@Mapper
public interface AllocationBlockMapper {

    /** Sets (or, with null, clears) the orders' block; only while they wait for allocation. Not empty. */
    int setBlock(@Param("orderIds") Collection<Long> orderIds, @Param("block") AllocationBlock block);

    /** Forgets what the orders waited for; the collection must not be empty. */
    int deleteItems(@Param("orderIds") Collection<Long> orderIds);

    void insertItems(@Param("items") List<BlockItem> items);

    /** The block items of these orders, by order and in the order they were found; the list must not be empty. */
    List<BlockItem> items(@Param("orderIds") Collection<Long> orderIds);

    /**
     * The orders to try allocating: those among {@code orderIds} still waiting for allocation, and those waiting
     * for stock of any of {@code skuIds}; earliest ship-by first (none last), then oldest.
     */
    List<Long> queue(@Param("orderIds") Collection<Long> orderIds, @Param("skuIds") Collection<Long> skuIds);

    /** How many orders waiting for allocation stand with each block (none: never tried, or allocated meanwhile). */
    List<BlockCount> countByBlock(@Param("shopIds") Collection<Long> shopIds);

    /** One sub-tab of the orders waiting for allocation. */
    record BlockCount(AllocationBlock block, long count) {}
}

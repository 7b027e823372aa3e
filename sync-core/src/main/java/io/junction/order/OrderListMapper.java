package io.junction.order;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The order list's reads: a window of orders in a sort, counts that stop at a cap, and what a page's items show
 * (lines, tags, tracking numbers, method names), each for a whole page in one query. SQL in OrderListMapper.xml;
 * the filter is OrderMapper's.
 */
@Mapper
public interface OrderListMapper {

    /** The ids of the orders in the window, in its order. */
    /**
     * The ids of the orders in the window, in its order; with {@code joinedTag}, only those with that tag, read as a
     * join that walks the sort's index first (the filter's own tag then left out).
     */
    List<Long> window(OrderFilter filter, @Param("w") OrderWindow window, String joinedTag);

    /**
     * How many orders carry the filter's tag, within its status and shops (its other fields ignored: see
     * {@link OrderFilter#tagWithinStatusAndShops()}), counting no further than {@code cap}.
     */
    long countTaggedUpTo(OrderFilter filter, int cap);

    /** How many orders carry the filter's tag in each status, within its shops (its other fields ignored). */
    List<OrderMapper.StatusCount> countTaggedByStatus(@Param("filter") OrderFilter filter);

    /** How many orders match, counting no further than {@code cap}. */
    long countUpTo(OrderFilter filter, int cap);

    /** How many orders match in each of {@code statuses}, each count stopping at {@code cap}. */
    List<OrderMapper.StatusCount> countByStatusUpTo(OrderFilter filter, Collection<OrderStatus> statuses, int cap);

    List<ListedLine> lines(@Param("orderIds") Collection<Long> orderIds);

    List<OrderTagRow> tags(@Param("orderIds") Collection<Long> orderIds);

    List<OrderTrackingRow> trackingNumbers(@Param("orderIds") Collection<Long> orderIds);

    List<MethodName> methodNames(@Param("ids") Collection<Long> methodIds);

    /** An order's line as the list shows it, with the code of the warehouse SKU it is paired with (if one). */
    record ListedLine(long orderId, long id, String platformSku, String skuCode, int quantity, String title) {}

    record OrderTagRow(long orderId, String tag) {}

    /** A tracking number of one of the order's live packages. */
    record OrderTrackingRow(long orderId, String trackingNumber) {}

    record MethodName(long id, String name) {}
}

package io.junction.order;

import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Orders, their lines and their history. SQL in OrderMapper.xml beside this interface. */
@Mapper
public interface OrderMapper {

    Order findById(long id);

    List<Order> findByIds(@Param("ids") List<Long> ids);

    Order findByPlatformId(@Param("shopId") long shopId, @Param("platformOrderId") String platformOrderId);

    /** The shop's orders among {@code platformOrderIds}, in no particular order; the list must not be empty. */
    List<Order> findByPlatformIds(
            @Param("shopId") long shopId, @Param("platformOrderIds") List<String> platformOrderIds);

    /** A page of the orders the filter selects, the most recently placed first. */
    List<Order> search(@Param("filter") OrderFilter filter, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("filter") OrderFilter filter);

    List<StatusCount> countByStatus(@Param("filter") OrderFilter filter);

    /** Records the platform's state of an order that has none yet (synced before it was kept). */
    int fillPlatformState(@Param("id") long id, @Param("state") PlatformState state);

    /** Applies a newer platform version of the order's facts; never touches our status. */
    int mergePlatformChange(@Param("id") long id, @Param("o") ChannelOrder order, @Param("now") Instant now);

    /** The guarded transition: zero rows means the order was not {@code from} at {@code version}. */
    int updateStatus(
            @Param("id") long id,
            @Param("from") OrderStatus from,
            @Param("version") int version,
            @Param("to") OrderStatus to,
            @Param("heldFrom") OrderStatus heldFrom,
            @Param("reason") String reason,
            @Param("writeBack") WriteBackStatus writeBack,
            @Param("now") Instant now);

    int updateWriteBackStatus(
            @Param("id") long id, @Param("writeBack") WriteBackStatus writeBack, @Param("now") Instant now);

    int setLogisticsMethod(@Param("id") long id, @Param("methodId") long methodId);

    void insertHistory(
            @Param("orderId") long orderId,
            @Param("from") OrderStatus from,
            @Param("to") OrderStatus to,
            @Param("actor") String actor,
            @Param("reason") String reason,
            @Param("now") Instant now);

    List<OrderHistoryEntry> history(long orderId);

    /**
     * Of {@code orderIds} (not empty), those {@code actor} moved from {@code from} to {@code to} at or after
     * {@code since}, as their history says; a null status stands for any, and a history row that changes no status
     * (a note) never counts.
     */
    List<Long> movedBy(
            @Param("orderIds") List<Long> orderIds,
            @Param("from") OrderStatus from,
            @Param("to") OrderStatus to,
            @Param("actor") String actor,
            @Param("since") Instant since);

    List<OrderLine> lines(long orderId);

    /** The lines of these orders, by order and line id; the list must not be empty. */
    List<OrderLine> linesOf(@Param("orderIds") List<Long> orderIds);

    /** Records the warehouse SKU a line was allocated with; null for a bundle of several. */
    int pairLine(@Param("lineId") long lineId, @Param("skuId") Long skuId);

    int markLineReserved(@Param("lineId") long lineId, @Param("reserved") boolean reserved);

    /** One tab of the order list and how many orders it holds. */
    record StatusCount(OrderStatus status, long count) {}
}

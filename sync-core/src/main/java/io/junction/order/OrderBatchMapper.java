package io.junction.order;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * What batch actions read and write beside the transitions: the ids a filter selects (through the list's own
 * {@code filter} SQL), tags, priority, seller note and a guarded change of logistics method. SQL in
 * OrderBatchMapper.xml beside this interface.
 */
@Mapper
public interface OrderBatchMapper {

    /** The ids of the orders the filter matches, lowest first, at most {@code limit}. */
    List<Long> matchingIds(@Param("filter") OrderFilter filter, @Param("limit") int limit);

    /** The orders, locked until the transaction ends (FOR UPDATE), in id order so that two batches never wait in a circle. */
    List<Order> lockByIds(@Param("ids") List<Long> ids);

    /** Counts a change of the order and locks its row until the transaction ends; zero rows when it is gone. */
    int touch(@Param("id") long id, @Param("now") Instant now);

    List<String> tags(@Param("orderId") long orderId);

    int addTag(@Param("orderId") long orderId, @Param("tag") String tag);

    int removeTag(@Param("orderId") long orderId, @Param("tag") String tag);

    int setPriority(@Param("id") long id, @Param("priority") int priority, @Param("now") Instant now);

    int setSellerNote(@Param("id") long id, @Param("note") String note, @Param("now") Instant now);

    /** Sets the method of an order nobody changed since it was read ({@code version}); zero rows otherwise. */
    int setLogisticsMethod(
            @Param("id") long id,
            @Param("version") int version,
            @Param("methodId") long methodId,
            @Param("now") Instant now);
}

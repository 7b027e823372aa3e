package io.junction.order;

import java.time.Instant;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The refund requests a seller chose to ship past (强制发货), one per order ({@code oms_refund_override}): while it
 * stands, the platform's refund flag no longer stops the order.
 */
@Mapper
public interface RefundOverrideMapper {

    /** Records the override of an order that has none ({@link #exists} first). */
    @Insert("INSERT INTO oms_refund_override (order_id, platform_status, reason, actor, created_at)"
            + " VALUES (#{orderId}, #{platformStatus}, #{reason}, #{actor}, #{now})")
    int insert(long orderId, String platformStatus, String reason, String actor, Instant now);

    /** Whether the seller chose to ship the order past its open refund request. */
    @Select("SELECT COUNT(*) > 0 FROM oms_refund_override WHERE order_id = #{orderId}")
    boolean exists(@Param("orderId") long orderId);

    /** Forgets the override once the platform's state moved on (answered, cancelled). */
    @Delete("DELETE FROM oms_refund_override WHERE order_id = #{orderId}")
    int delete(@Param("orderId") long orderId);
}

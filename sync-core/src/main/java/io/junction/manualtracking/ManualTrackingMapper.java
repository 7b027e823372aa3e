package io.junction.manualtracking;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** Finds the orders a sheet names by their platform order numbers. */
@Mapper
public interface ManualTrackingMapper {

    /** The ids of every order with this platform order number, in any shop. */
    @Select("SELECT id FROM oms_order WHERE platform_order_id = #{platformOrderId} ORDER BY id")
    List<Long> findOrderIds(String platformOrderId);
}

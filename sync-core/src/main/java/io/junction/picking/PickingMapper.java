package io.junction.picking;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What a wave's orders hold, for pick lists and slips. SQL in PickingMapper.xml beside this interface. */
@Mapper
public interface PickingMapper {

    /** The lines of the orders' packages still in their flow, with each SKU's bin and first barcode. */
    List<PickLine> lines(@Param("orderIds") Collection<Long> orderIds);
}

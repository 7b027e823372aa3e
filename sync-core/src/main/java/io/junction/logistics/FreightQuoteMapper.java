package io.junction.logistics;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What freight quotes read: the methods that may be quoted and an order's parcel. SQL in FreightQuoteMapper.xml. */
@Mapper
public interface FreightQuoteMapper {

    /** The enabled methods with their carrier account, by id. */
    List<QuotableMethod> enabledMethods();

    /** The order's weight from its lines' warehouse SKUs, and how many lines have no SKU weight. */
    OrderWeight orderWeight(@Param("orderId") long orderId);

    /** A method as a quote needs it. */
    record QuotableMethod(
            long id,
            String code,
            String name,
            long carrierAccountId,
            String carrierServiceCode,
            String carrier,
            Integer handoverHours) {}

    /** An order's weight; {@code unweighedLines} lines count nothing in it. */
    record OrderWeight(long weightGrams, int unweighedLines) {}
}

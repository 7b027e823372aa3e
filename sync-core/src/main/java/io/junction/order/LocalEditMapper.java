package io.junction.order;

import io.junction.channel.Address;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** An order's hand edits and the guarded updates that make them. SQL in LocalEditMapper.xml beside this interface. */
@Mapper
public interface LocalEditMapper {

    List<LocalEdit> findByOrder(long orderId);

    /** Locks the order's row, so that no pre-advice claim and no other edit slips in meanwhile. */
    Long lockOrder(long orderId);

    /** Records a field as edited by hand; the platform's value is kept from the first edit of it. */
    int insert(
            @Param("orderId") long orderId,
            @Param("field") String field,
            @Param("platformValue") String platformValue,
            @Param("actor") String actor,
            @Param("now") Instant now);

    int touch(
            @Param("orderId") long orderId,
            @Param("field") String field,
            @Param("actor") String actor,
            @Param("now") Instant now);

    /** The platform sent another value of an edited field: flagged for a person. */
    int markPlatformChanged(
            @Param("orderId") long orderId,
            @Param("field") String field,
            @Param("value") String value,
            @Param("now") Instant now);

    /** A person keeps the edit: the platform's latest value becomes the one known, the flag goes. */
    int keepLocal(@Param("orderId") long orderId, @Param("field") String field);

    /** The field is no longer edited here (the platform's value taken, or the platform agreed). */
    int delete(@Param("orderId") long orderId, @Param("field") String field);

    /** Writes the ship-to of an order read at {@code version}; zero rows when it changed meanwhile. */
    int updateShipTo(
            @Param("id") long id,
            @Param("version") int version,
            @Param("a") Address address,
            @Param("now") Instant now);

    int updateLineQuantity(
            @Param("orderId") long orderId, @Param("lineId") long lineId, @Param("quantity") int quantity);

    int touchOrder(@Param("id") long id, @Param("version") int version, @Param("now") Instant now);
}

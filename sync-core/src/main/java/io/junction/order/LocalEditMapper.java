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
    int insert(long orderId, String field, String platformValue, String actor, Instant now);

    int touch(long orderId, String field, String actor, Instant now);

    /** The platform sent another value of an edited field: flagged for a person. */
    int markPlatformChanged(long orderId, String field, String value, Instant now);

    /** A person keeps the edit: the platform's latest value becomes the one known, the flag goes. */
    int keepLocal(long orderId, String field);

    /** The field is no longer edited here (the platform's value taken, or the platform agreed). */
    int delete(long orderId, String field);

    /** Writes the ship-to of an order read at {@code version}; zero rows when it changed meanwhile. */
    int updateShipTo(long id, int version, @Param("a") Address address, Instant now);

    int updateLineQuantity(long orderId, long lineId, int quantity);

    int touchOrder(long id, int version, Instant now);
}

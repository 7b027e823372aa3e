package io.junction.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Orders still to ship by their ship-by. SQL in DeadlineMapper.xml beside this interface. */
@Mapper
public interface DeadlineMapper {

    /** How many orders still to ship are overdue at {@code now}, and how many due before {@code until}. */
    record Counts(long overdue, long dueSoon) {}

    Counts counts(Instant now, Instant until, Set<Long> shopIds);

    /** Orders still to ship whose ship-by is before {@code until}, earliest first. */
    List<DeadlineOrder> dueBefore(Instant until, Set<Long> shopIds, int limit);

    /** Packages shipped since {@code since}, in every shop: the warehouse's pace. */
    long shippedSince(@Param("since") Instant since);
}

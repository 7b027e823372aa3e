package io.junction.job;

import io.junction.persistence.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Jobs and their items. SQL in JobMapper.xml beside this interface. */
@Mapper
interface JobMapper {

    int insert(
            @Param("key") GeneratedId key,
            @Param("kind") String kind,
            @Param("params") String params,
            @Param("actor") String actor,
            @Param("total") int total,
            @Param("now") Instant now);

    Job find(@Param("id") long id);

    /** Jobs not done whose lease is free or has run out, oldest first. */
    List<Long> due(@Param("now") Instant now, @Param("limit") int limit);

    /** Takes the job for {@code node} unless a live lease holds it; one row when taken. */
    int claim(
            @Param("id") long id, @Param("node") String node, @Param("now") Instant now, @Param("until") Instant until);

    /** Renews this node's lease and counts {@code done} more items; zero rows when another node took the job over. */
    int progress(
            @Param("id") long id, @Param("node") String node, @Param("done") int done, @Param("until") Instant until);

    /** Marks the job done, if this node still holds it. */
    int finish(@Param("id") long id, @Param("node") String node, @Param("now") Instant now);

    /**
     * The items not yet committed (pending, or started by a node that did not commit them) after {@code afterSeq},
     * first first: a runner reads on from its last chunk instead of stepping over every item done so far.
     */
    List<JobItem> pendingItems(@Param("jobId") long jobId, @Param("afterSeq") int afterSeq, @Param("limit") int limit);

    /**
     * The items with an outcome (succeeded or failed), first first: a clerk's page polls a running job every second,
     * and the pending rest of a job of thousands of orders is not read and mapped each time.
     */
    List<JobItem> decidedItems(@Param("jobId") long jobId);

    /**
     * Marks the pending items from {@code firstSeq} to {@code lastSeq} as begun: the intent of a chunk, committed
     * before its action runs. A chunk is the undecided items that follow the last chunk, so every pending item
     * within its first and last is one of its own: the range is one scan of the key, where a list of 200 was 200
     * look-ups.
     */
    int started(@Param("jobId") long jobId, @Param("firstSeq") int firstSeq, @Param("lastSeq") int lastSeq);

    /**
     * Marks the items from {@code firstSeq} to {@code lastSeq} that have no outcome yet as succeeded: a chunk's
     * outcomes, after its failures (which then have theirs).
     */
    int succeeded(@Param("jobId") long jobId, @Param("firstSeq") int firstSeq, @Param("lastSeq") int lastSeq);

    int failed(
            @Param("jobId") long jobId,
            @Param("seq") int seq,
            @Param("reason") String reason,
            @Param("code") String code,
            @Param("args") String args);
}

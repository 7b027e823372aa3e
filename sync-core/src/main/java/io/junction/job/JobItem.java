package io.junction.job;

/**
 * One order of a job as stored.
 *
 * @param seq its place in the job, from 0
 * @param reason the refusal in English, when it failed
 * @param refusalCode the refusal's code, when it has one
 * @param refusalArgs the refusal's arguments as {@link RefusalArgs} wrote them
 */
public record JobItem(
        long jobId,
        int seq,
        long orderId,
        JobItemOutcome outcome,
        String reason,
        String refusalCode,
        String refusalArgs) {}

package io.junction.web.metrics;

/**
 * What waits for a person or a relay, across all shops.
 *
 * @param quarantineOpen malformed platform orders not yet retried or dismissed
 * @param ordersInException orders stopped for a person (EXCEPTION)
 * @param writeBackPending shipment confirmations not yet accepted by their marketplace
 * @param writeBackFailed shipment confirmations that failed for good
 * @param cancellationsPending carrier pre-advices being cancelled
 * @param cancellationsFailed carrier pre-advice cancellations that got no answer for good
 */
public record PipelineCounts(
        long quarantineOpen,
        long ordersInException,
        long writeBackPending,
        long writeBackFailed,
        long cancellationsPending,
        long cancellationsFailed) {}

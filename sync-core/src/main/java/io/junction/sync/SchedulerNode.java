package io.junction.sync;

/**
 * One node of the Quartz cluster as its last check-in in {@code QRTZ_SCHEDULER_STATE} shows it.
 *
 * @param instanceName the node's scheduler instance id
 * @param lastCheckinTime when it last checked in, epoch milliseconds
 * @param checkinInterval how often it checks in, milliseconds
 */
public record SchedulerNode(String instanceName, long lastCheckinTime, long checkinInterval) {

    /**
     * Quartz's own margin before it declares a node failed: a node is late once a check-in interval
     * and this much have passed since its last check-in.
     */
    static final long GRACE_MILLIS = 7_500;

    /** Whether the node has missed its check-in by more than Quartz itself allows. */
    boolean silentAt(long nowMillis) {
        return lastCheckinTime + checkinInterval + GRACE_MILLIS < nowMillis;
    }
}

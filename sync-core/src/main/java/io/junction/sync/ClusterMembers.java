package io.junction.sync;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The nodes of the cluster as Quartz's check-in table shows them, for claims other than the syncs' (a package's
 * pre-advice, say): this node's name, this process's run (new at every start, so a node restarted under the same
 * name can tell its dead run's claims from its own), and which nodes are alive now.
 */
@Component
public class ClusterMembers {

    private final SyncMapper sync;
    private final String schedulerName;
    private final String node;
    private final String run = UUID.randomUUID().toString();

    @Autowired
    public ClusterMembers(SyncMapper sync, Scheduler scheduler) throws SchedulerException {
        this(
                sync,
                scheduler.getSchedulerName(),
                scheduler.getMetaData().isJobStoreClustered()
                        ? scheduler.getSchedulerInstanceId()
                        : ManagementFactory.getRuntimeMXBean().getName());
    }

    ClusterMembers(SyncMapper sync, String schedulerName, String node) {
        this.sync = sync;
        this.schedulerName = schedulerName;
        this.node = node;
    }

    /** This node's name in claims: its Quartz instance id. */
    public String node() {
        return node;
    }

    /** This process's run of the node. */
    public String run() {
        return run;
    }

    /**
     * The nodes Quartz's check-in table lists. A node late to check in is still listed until another node has
     * recovered its jobs and removed it: a claim of a node that is only slow (a long pause) is never taken from
     * under a carrier call still in flight. Empty when no clustered scheduler checks in (a single node without
     * Quartz's table): then nobody can tell a dead node, and only a claim's lease ends it.
     */
    public List<String> liveNodes() {
        return sync.schedulerNodes(schedulerName).stream()
                .map(SchedulerNode::instanceName)
                .toList();
    }
}

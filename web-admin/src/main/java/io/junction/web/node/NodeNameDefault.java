package io.junction.web.node;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives {@code junction.node.name} a default when neither the settings nor {@code JUNCTION_NODE_NAME}
 * name the node: the host's name, the process id and four random hex digits (containers may share the first
 * two), unique among the nodes of one database and stable for
 * the life of the process (a second application in the same process, as tests start, gets a suffix). The name
 * is the node's Quartz instance id (so that sync claims and the cluster's check-in table speak of the same
 * node), is written in every log line and tags every metric. It is set before logging starts, which is why it
 * is a property and not a bean.
 */
public class NodeNameDefault implements EnvironmentPostProcessor {

    static final String PROPERTY = "junction.node.name";

    /** How many applications this process has started: a second one (a test's) gets a name of its own. */
    private static final AtomicInteger STARTED = new AtomicInteger();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "junctionNodeNameDefault",
                        Map.of(
                                PROPERTY,
                                hostName() + "-" + ProcessHandle.current().pid() + suffix() + "-" + random())));
    }

    /** Four hex digits, so that containers that all run as process 1 under one host name still differ. */
    private static String random() {
        return String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }

    private static String suffix() {
        int started = STARTED.incrementAndGet();
        return started == 1 ? "" : "-" + started;
    }

    private static String hostName() {
        String fromShell = System.getenv("HOSTNAME");
        if (fromShell != null && !fromShell.isBlank()) {
            return fromShell.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "junction";
        }
    }
}

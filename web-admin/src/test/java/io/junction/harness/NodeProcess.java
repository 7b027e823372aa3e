package io.junction.harness;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One process the harness starts from the build's own classes: a Junction node or the standalone simulators. Its
 * output goes to a log file of its own; {@link #kill} is {@code kill -9}.
 */
final class NodeProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    private NodeProcess(String name, List<String> command, Map<String, String> environment, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** A process running {@code mainClass} of the build's main classes (never the tests' settings). */
    static NodeProcess of(
            String name, String mainClass, List<String> args, Map<String, String> environment, Path logFolder) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                mainClasspath(),
                mainClass));
        command.addAll(args);
        return new NodeProcess(name, command, environment, logFolder.resolve(name + ".log"));
    }

    /**
     * The classpath Surefire runs the tests with, less the test classes and resources: the tests' application.yaml
     * must not shadow the main one.
     */
    private static String mainClasspath() {
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(testPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    NodeProcess start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        return this;
    }

    /** {@code kill -9}: no shutdown hook, no last word. */
    Instant kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        return Instant.now();
    }

    /** A polite stop (SIGTERM), waiting for it. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Waits until {@code url} answers 200, or fails naming the log to read. */
    void awaitReady(HttpClient http, String url, Duration patience) throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        while (Instant.now().isBefore(giveUp)) {
            if (!alive()) {
                throw new IllegalStateException(name + " exited while starting; see " + log);
            }
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException(name + " was not ready within " + patience + "; see " + log);
    }
}

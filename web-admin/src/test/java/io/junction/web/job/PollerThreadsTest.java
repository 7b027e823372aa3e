package io.junction.web.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.job.JobParams;
import io.junction.job.JobService;
import io.junction.web.SignedInApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;

/**
 * The pollers of a node (the job runner, the write-back, cancellation, weight and tracking relays, the return-request
 * sync) run on one scheduler: a poller held up by a slow platform must not hold up the others.
 */
class PollerThreadsTest extends SignedInApiTest {

    @Autowired
    TaskScheduler scheduler;

    @Autowired
    JobService jobs;

    @Test
    void aJobRunsWhileAnotherPollerIsHeldUp() throws Exception {
        // given a poller's call that hangs, holding a scheduler thread
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        scheduler.schedule(
                () -> {
                    holding.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                Instant.now());
        try {
            assertThat(holding.await(20, TimeUnit.SECONDS))
                    .as("the hanging call got a scheduler thread")
                    .isTrue();

            // when a clerk's batch action is queued as a job
            long jobId = jobs.submit(
                    "order-action",
                    List.of(),
                    JobParams.of(Map.of("action", "add-tags", "tags", List.of("x"))),
                    "clerk");

            // then the job runner still takes it up and finishes it
            assertThat(clerk.awaitJob(jobId, Duration.ofSeconds(20))
                            .get("state")
                            .asString())
                    .isEqualTo("DONE");
        } finally {
            release.countDown();
        }
    }
}

package io.junction.web.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

import io.junction.sync.SyncClaims;
import io.junction.web.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.Scheduler;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A node tells a load balancer whether it is ready (the database answers, its scheduler runs and has checked in
 * to the cluster), and names itself in its health, its logs and its metrics.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "junction.node.name=" + NodeReadinessTest.NODE)
@ExtendWith(OutputCaptureExtension.class)
class NodeReadinessTest {

    static final String NODE = "node-readiness-7";

    static {
        // The log pattern names the node through a system property that Boot sets only when it is absent, so a
        // context started earlier in this JVM would otherwise keep its node name in this context's lines.
        System.clearProperty("LOG_LEVEL_PATTERN");
    }

    @LocalServerPort
    int port;

    @MockitoSpyBean
    SyncClaims claims;

    @Autowired
    Scheduler scheduler;

    @Test
    void aNodeWhoseSchedulerHasCheckedInIsReadyAndNamesItself() {
        // given the node has started and its scheduler runs
        ApiClient admin = ApiClient.admin(port);

        // when a load balancer and an admin ask
        Anonymous readiness = anonymousGet("/actuator/health/readiness");
        ApiClient.Answer health = admin.get("/actuator/health");

        // then it is ready, and says which node it is, as the Quartz cluster knows it
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(health.body().at("/components/scheduler/status").asString()).isEqualTo("UP");
        assertThat(health.body().at("/components/scheduler/details/node").asString())
                .isEqualTo(NODE);
        assertThat(claims.node()).isEqualTo(NODE);
    }

    @Test
    void aNodeTheClusterHasNotListedYetIsNotReady() {
        // given a node whose scheduler runs but that the cluster's check-in table has not listed on time yet
        doReturn(false).when(claims).checkedIn();
        SchedulerHealthIndicator starting = new SchedulerHealthIndicator(scheduler, claims);

        // when a load balancer asks
        Health health = starting.health();

        // then it is out of service
        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("joined", false).containsEntry("node", NODE);

        // and once the table lists it, it is in service, and stays so over a late check-in
        doReturn(true).when(claims).checkedIn();
        assertThat(starting.health().getStatus()).isEqualTo(Status.UP);
        doReturn(false).when(claims).checkedIn();
        assertThat(starting.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void everyLogLineAndEveryMetricNamesTheNode(CapturedOutput log) {
        // when the node logs and is scraped
        ApiClient.Answer scrape = ApiClient.admin(port).get("/actuator/prometheus");
        LoggerFactory.getLogger(NodeReadinessTest.class).info("a line from the test");

        // then
        assertThat(log).containsPattern("INFO \\[" + NODE + "] .*a line from the test");
        assertThat(scrape.text()).contains("node=\"" + NODE + "\"");
    }

    /** What a load balancer sees: no credentials. */
    record Anonymous(int status, String body) {}

    private Anonymous anonymousGet(String path) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new Anonymous(answer.statusCode(), answer.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

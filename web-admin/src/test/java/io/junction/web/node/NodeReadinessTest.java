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
import org.slf4j.LoggerFactory;
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

    @LocalServerPort
    int port;

    @MockitoSpyBean
    SyncClaims claims;

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
    void aNodeTheClusterDoesNotListOnTimeIsNotReady() {
        // given the cluster's check-in table does not list this node on time
        doReturn(false).when(claims).checkedIn();

        // when a load balancer asks
        Anonymous readiness = anonymousGet("/actuator/health/readiness");
        Anonymous health = anonymousGet("/actuator/health");

        // then it is out of service, and the load balancer sends it nothing
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"OUT_OF_SERVICE\"");
        assertThat(health.status()).isEqualTo(503);
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

package io.junction.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorServerTest {

    private final SimulatorServer server = new SimulatorServer("the test simulator");

    /** Answers every request with its own path. */
    private static final class EchoEndpoints implements ResponseDefinitionTransformerV2 {
        @Override
        public String getName() {
            return "echo";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return new ResponseDefinitionBuilder()
                    .withStatus(200)
                    .withBody("echo " + serveEvent.getRequest().getUrl())
                    .build();
        }
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void everyRequestOnLocalhostIsAnsweredByTheEndpoints() throws Exception {
        // given
        server.start(0, new EchoEndpoints());

        // when
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/any/path?x=1"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(answer.body()).isEqualTo("echo /any/path?x=1");
    }

    @Test
    void itStartsOnceStopsAndStartsAgain() {
        // given
        server.start(0, new EchoEndpoints());

        // when / then
        assertThatThrownBy(() -> server.start(0, new EchoEndpoints()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the test simulator is already running on");
        server.stop();
        assertThatThrownBy(server::port)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the test simulator is not running");
        server.stop();
        server.start(0, new EchoEndpoints());
        assertThat(server.port()).isPositive();
    }
}

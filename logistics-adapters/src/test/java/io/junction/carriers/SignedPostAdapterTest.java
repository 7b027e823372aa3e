package io.junction.carriers;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.junction.logistics.CarrierAccess;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A carrier's adapter against WireMock standing in for an API that takes every call as a signed POST to one
 * path, the method named in the query (4PX, Yanwen): each test stubs the answer to a method with a recorded
 * payload and checks what was called. A carrier's adapter test extends this with its path and account.
 */
public abstract class SignedPostAdapterTest {

    /** The adapter's clock stands here: request timestamps are its epoch milliseconds. */
    protected static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    /** A label file, as little of a PDF as the adapters check for. */
    protected static final byte[] PDF = "%PDF-1.7\n%label\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** The carrier's API. */
    protected final WireMockServer api =
            new WireMockServer(wireMockConfig().dynamicPort().notifier(new ConsoleNotifier(false)));

    /** The account the adapter calls {@link #api} with. */
    protected CarrierAccess access;

    private final String path;
    private final String carrier;

    /**
     * @param path the API's one path, e.g. {@code /api/order}
     * @param carrier the carrier's folder, whose {@code fixtures/} the payloads come from
     */
    protected SignedPostAdapterTest(String path, String carrier) {
        this.path = path;
        this.carrier = carrier;
    }

    /** The test account on {@code endpoint}. */
    protected abstract CarrierAccess account(String endpoint);

    @BeforeEach
    void startApi() {
        api.start();
        access = account("http://127.0.0.1:" + api.port() + path);
    }

    @AfterEach
    void stopApi() {
        api.stop();
    }

    /** The API answers {@code method} with a payload of {@code fixtures/}, or with this JSON. */
    protected void answers(String method, String fixtureOrJson) {
        String body = fixtureOrJson.startsWith("{") ? fixtureOrJson : CarrierFixtures.fixture(carrier, fixtureOrJson);
        api.stubFor(post(urlPathEqualTo(path))
                .withQueryParam("method", equalTo(method))
                .willReturn(okJson(body)));
    }

    /** The calls of {@code method}. */
    protected RequestPatternBuilder called(String method) {
        return postRequestedFor(urlPathEqualTo(path)).withQueryParam("method", equalTo(method));
    }

    /** {@code method} was called once or more with this JSON body (fields in any order). */
    protected void assertSent(String method, String json) {
        api.verify(called(method).withRequestBody(equalToJson(json)));
    }
}

package io.junction.connectors.kit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.function.Function;

/**
 * One endpoint of a platform on a {@link LocalWireMock} server, as a client's tests stub and check it: it answers at
 * once, too late for an impatient client, or first one way and then another (a ban, then the page); the requests it
 * received are counted by path. What a test checks of a request's parameters it still says with WireMock itself.
 */
public final class StubbedEndpoint {

    /**
     * How long a late answer takes: longer than the 200 ms an impatient client waits, as short as
     * {@link WireMockJournal#verifyJournaled} allows for.
     */
    public static final int LATE_MILLIS = 400;

    private final LocalWireMock wireMock;
    private final String path;
    private final Function<UrlPattern, MappingBuilder> method;
    private final Function<UrlPattern, RequestPatternBuilder> requested;

    private StubbedEndpoint(
            LocalWireMock wireMock,
            String path,
            Function<UrlPattern, MappingBuilder> method,
            Function<UrlPattern, RequestPatternBuilder> requested) {
        this.wireMock = wireMock;
        this.path = path;
        this.method = method;
        this.requested = requested;
    }

    /** The endpoint that takes POSTs to {@code path} on {@code wireMock}. */
    static StubbedEndpoint post(LocalWireMock wireMock, String path) {
        return new StubbedEndpoint(wireMock, path, WireMock::post, WireMock::postRequestedFor);
    }

    /** The endpoint that takes GETs of {@code path} on {@code wireMock}. */
    static StubbedEndpoint get(LocalWireMock wireMock, String path) {
        return new StubbedEndpoint(wireMock, path, WireMock::get, WireMock::getRequestedFor);
    }

    /** The URL a shop that calls this endpoint is configured with. */
    public String url() {
        return wireMock.baseUrl() + path;
    }

    /** Answers every request with HTTP 200 and {@code body}. */
    public void answers(String body) {
        answers(200, body);
    }

    /** Answers every request with {@code status} and {@code body}. */
    public void answers(int status, String body) {
        wireMock.server().stubFor(stub().willReturn(answer(status, body)));
    }

    /** Answers every request with HTTP 200 and {@code body}, {@link #LATE_MILLIS} after it arrives. */
    public void answersLate(String body) {
        wireMock.server().stubFor(stub().willReturn(answer(200, body).withFixedDelay(LATE_MILLIS)));
    }

    /** Answers the first request with {@code first} and every later one with {@code then}, both HTTP 200. */
    public void answersFirstThen(String first, String then) {
        wireMock.server()
                .stubFor(stub().inScenario(path)
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(answer(200, first))
                        .willSetStateTo("answered once"));
        wireMock.server()
                .stubFor(stub().inScenario(path)
                        .whenScenarioStateIs("answered once")
                        .willReturn(answer(200, then)));
    }

    /** Every request to this endpoint, for a test to narrow down with what it must carry. */
    public RequestPatternBuilder requests() {
        return requested.apply(urlPathEqualTo(path));
    }

    /** How many requests this endpoint has received so far. */
    public int received() {
        return wireMock.server().countRequestsMatching(requests().build()).getCount();
    }

    /** Verifies that this endpoint received exactly {@code expected} requests. */
    public void verifyReceived(int expected) {
        wireMock.verify(expected, requests());
    }

    /** As {@link #verifyReceived(int)}, once the late answers are journaled ({@link WireMockJournal}). */
    public void verifyJournaled(int expected) throws InterruptedException {
        WireMockJournal.verifyJournaled(wireMock.server(), expected, requests());
    }

    private MappingBuilder stub() {
        return method.apply(urlPathEqualTo(path));
    }

    private static ResponseDefinitionBuilder answer(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}

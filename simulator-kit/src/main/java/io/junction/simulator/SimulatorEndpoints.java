package io.junction.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * A simulator's HTTP face: the WireMock transformer its {@link SimulatorServer} hands every request
 * to. A platform's endpoints extend it with the platform's paths, rules and payloads; this base does
 * the wiring every platform shares: the transformer's name, the scenario the request meets, the
 * simulator's clock, the request's parameters and the plain answers.
 *
 * @param <S> the simulator whose state the endpoints answer from
 */
public abstract class SimulatorEndpoints<S extends Simulator<S>> implements ResponseDefinitionTransformerV2 {

    /** The simulator answered from; the endpoints lock it while they answer. */
    protected final S simulator;

    /** Reads and writes the platform's JSON payloads. */
    protected final JsonMapper json = JsonMapper.builder().build();

    private final String name;

    /** @param name the transformer's name, unique per platform, e.g. {@code "junction-jd-simulator"} */
    protected SimulatorEndpoints(String name, S simulator) {
        this.name = Objects.requireNonNull(name, "name");
        this.simulator = Objects.requireNonNull(simulator, "simulator");
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final boolean applyGlobally() {
        return false;
    }

    /** Answers under the simulator's lock, once the simulated world is brought up to now. */
    @Override
    public final ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        synchronized (simulator) {
            simulator.scenarios.drawForRequest();
            simulator.materialiseDue();
            return spoil(serve(request, URI.create(request.getUrl())));
        }
    }

    /** The answer as served, or spoiled the way a scenario lined up ({@code answersEmptyNext()}, …). */
    private ResponseDefinition spoil(ResponseDefinition served) {
        if (served.getFault() != null) {
            return served;
        }
        ScenarioQueue.Spoiled how = simulator.scenarios.pollSpoiled();
        if (how == null) {
            return served;
        }
        if (how instanceof ScenarioQueue.SlowAnswer slow) {
            return ResponseDefinitionBuilder.like(served)
                    .withFixedDelay(
                            (int) Math.min(Integer.MAX_VALUE, slow.delay().toMillis()))
                    .build();
        }
        if (how instanceof ScenarioQueue.EmptyBody) {
            return answer(200, "application/json; charset=utf-8", "");
        }
        if (how instanceof ScenarioQueue.MalformedBody) {
            String body = served.getBody() == null ? "{\"result\":1,\"data\":{\"id\"" : served.getBody();
            return answer(200, "application/json; charset=utf-8", body.substring(0, Math.max(1, body.length() / 2)));
        }
        return answer(
                200,
                "text/html; charset=utf-8",
                "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
                        + "<hr><center>openresty</center></body></html>");
    }

    /**
     * The platform's answer to {@code request} for {@code uri} (its path and query, as sent), under
     * the simulator's lock.
     */
    protected abstract ResponseDefinition serve(Request request, URI uri);

    // the simulator

    /** Now, on the simulator's clock. */
    protected final Instant now() {
        return simulator.clock.instant();
    }

    /**
     * The answer to the scenario the request that just arrived meets (one per request), or null
     * when it is served normally.
     */
    protected final ResponseDefinition scenarioAnswer() {
        ScenarioQueue.Scenario scenario = simulator.scenarios.poll();
        if (scenario instanceof ScenarioQueue.DropBeforeProcessing) {
            return connectionReset();
        }
        if (scenario instanceof ScenarioQueue.FailWith failWith) {
            return failure(failWith.status());
        }
        if (scenario instanceof ScenarioQueue.Throttle) {
            return throttled();
        }
        return null;
    }

    /** Whether the write just accepted is to be answered with a reset connection; true once per scenario. */
    protected final boolean dropsAfterAccepting() {
        return simulator.scenarios.takeDropAfterAccepting();
    }

    /** The platform's answer when a scenario fails a request with HTTP {@code status}. */
    protected abstract ResponseDefinition failure(int status);

    /** The platform's throttling answer, for a scenario that throttles the request; HTTP 429 unless overridden. */
    protected ResponseDefinition throttled() {
        return failure(429);
    }

    // requests

    /**
     * The query string and, for a form post, the form body, decoded into {@code into} (later names win;
     * a pair without a name or without {@code =} is left out).
     */
    protected static <M extends Map<String, String>> M parameters(Request request, M into) {
        decodeForm(URI.create(request.getUrl()).getRawQuery(), into);
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("x-www-form-urlencoded")) {
            decodeForm(request.getBodyAsString(), into);
        }
        return into;
    }

    /** Decodes {@code a=1&b=2} into {@code into}; a pair without a name or without {@code =} is left out. */
    protected static void decodeForm(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                into.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
    }

    // payload values

    /** An amount as platforms write money: two decimals, rounded half up, never in exponent form. */
    protected static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A new request id of 13 hex digits, as a gateway tags its answers. */
    protected static String requestId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 13);
    }

    // answers

    /** The connection is reset instead of answered: the client cannot tell whether anything was done. */
    protected static ResponseDefinition connectionReset() {
        return new ResponseDefinitionBuilder()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)
                .build();
    }

    /** A bare 404 "Not Found", as a gateway answers a path it does not serve. */
    protected static ResponseDefinition notFound() {
        return new ResponseDefinitionBuilder()
                .withStatus(404)
                .withBody("Not Found")
                .build();
    }

    /** An answer with {@code status}, one {@code Content-Type} and {@code body}. */
    protected static ResponseDefinition answer(int status, String contentType, String body) {
        return new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", contentType)
                .withBody(body)
                .build();
    }

    /** A 200 answer carrying a PDF file, as a carrier's file host serves a label. */
    protected static ResponseDefinition pdf(byte[] file) {
        return new ResponseDefinitionBuilder()
                .withStatus(200)
                .withHeader("Content-Type", "application/pdf")
                .withBody(file)
                .build();
    }
}

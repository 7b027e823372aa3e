package io.junction.carriers.kit.simulator;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.junction.simulator.SimulatorEndpoints;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;

/**
 * The endpoints of a simulated carrier API whose every call is a POST of raw JSON to one path, the
 * method and the signature in the query (4PX's FOP, Yanwen): the path, the create requests counted
 * whatever becomes of them, and the scenario each request meets come first; the carrier's endpoints
 * then check the signature and answer the method in the carrier's words.
 *
 * @param <S> the carrier's simulator
 */
public abstract class SignedPostEndpoints<S extends CarrierSimulator<S>> extends SimulatorEndpoints<S> {

    /** The content type of the carriers' JSON answers. */
    protected static final String JSON = "application/json; charset=utf-8";

    private final String basePath;
    private final String createMethod;

    /**
     * @param basePath the one path the API answers on, e.g. {@code /api/order}
     * @param createMethod the method that books a parcel, whose requests are counted
     */
    protected SignedPostEndpoints(String name, S simulator, String basePath, String createMethod) {
        super(name, simulator);
        this.basePath = basePath;
        this.createMethod = createMethod;
    }

    @Override
    protected final ResponseDefinition serve(Request request, URI uri) {
        ResponseDefinition file = file(request, uri.getPath());
        if (file != null) {
            return file;
        }
        if (!uri.getPath().equals(basePath) || !request.getMethod().equals(RequestMethod.POST)) {
            return answer(404, "text/plain; charset=utf-8", "No such path: " + uri.getPath());
        }
        Map<String, String> query = new HashMap<>();
        decodeForm(uri.getRawQuery(), query);
        String method = query.getOrDefault("method", "");
        if (method.equals(createMethod)) {
            simulator.countCreateRequest();
        }
        ResponseDefinition scenario = scenarioAnswer();
        if (scenario != null) {
            return scenario;
        }
        return call(method, query, request.getBodyAsString());
    }

    /** A file the carrier serves beside its API (a label), or null when the request is for the API. */
    protected ResponseDefinition file(Request request, String path) {
        return null;
    }

    /** The carrier's answer to {@code method} with its query parameters and body, once no scenario took the request. */
    protected abstract ResponseDefinition call(String method, Map<String, String> query, String body);

    /** The body as {@code type}, or null when it is not. */
    protected final <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            return null;
        }
    }

    @Override
    protected ResponseDefinition failure(int status) {
        return answer(status, "text/plain; charset=utf-8", "Simulated HTTP " + status);
    }
}

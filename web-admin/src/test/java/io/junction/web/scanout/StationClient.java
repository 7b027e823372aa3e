package io.junction.web.scanout;

import io.junction.web.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A handheld station app: signs in once with the user name and password for an API token, then calls
 * the scan-out API with {@code Authorization: Bearer} and its station's name, through java.net.http.
 */
public final class StationClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String base;
    private final String station;
    private final String token;
    private final String authorization;

    /** Signs {@code user} in for a token named after the station. */
    public StationClient(HttpClient http, int port, String user, String station) {
        this(http, port, user, station, true);
    }

    /**
     * A station that signs in for a token ({@code withToken}), or one that sends the user name and
     * password with every call (HTTP Basic, as scripts do).
     */
    public StationClient(HttpClient http, int port, String user, String station, boolean withToken) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port;
        this.station = station;
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8));
        if (!withToken) {
            this.token = null;
            this.authorization = basic;
            return;
        }
        Answer issued = send("POST", "/api/v1/tokens", "{\"device\":\"" + station + "\"}", basic);
        if (issued.status() != 201) {
            throw new IllegalStateException("no token for " + user + ": " + issued.body());
        }
        this.token = issued.body().get("token").asString();
        this.authorization = "Bearer " + token;
    }

    /** The token this station signs in with. */
    public String token() {
        return token;
    }

    /** A status and the parsed JSON body. */
    public record Answer(int status, JsonNode body) {}

    public Answer open(String code) {
        return post("/api/v1/scan-out/packages", "{\"code\":\"" + code + "\"}");
    }

    public Answer scan(long packageId, String barcode) {
        return post("/api/v1/scan-out/packages/" + packageId + "/items", "{\"barcode\":\"" + barcode + "\"}");
    }

    public Answer undo(long packageId) {
        return post("/api/v1/scan-out/packages/" + packageId + "/undo", "{}");
    }

    public Answer weigh(long packageId, int grams, String overrideReason) {
        String reason = overrideReason == null ? "null" : JSON.writeValueAsString(overrideReason);
        return post(
                "/api/v1/scan-out/packages/" + packageId + "/weight",
                "{\"grams\":" + grams + ",\"overrideReason\":" + reason + "}");
    }

    public Answer post(String path, String json) {
        return send("POST", path, json, authorization);
    }

    public Answer get(String path) {
        return send("GET", path, "", authorization);
    }

    private Answer send(String method, String path, String json, String authorization) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .header("X-Junction-Station", station)
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isEmpty() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

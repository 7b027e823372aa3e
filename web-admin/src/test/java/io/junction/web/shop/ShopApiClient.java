package io.junction.web.shop;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the shop API as one user, like {@code io.junction.web.ApiClient} (package-private there),
 * with PUT as well; keeps every raw answer so a test can prove no secret was ever sent back.
 */
final class ShopApiClient {

    static final String PASSWORD = "test-password-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final List<String> answers;

    ShopApiClient(int port, String user, List<String> answers) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
        this.answers = answers;
    }

    ShopApiClient(int port, String user) {
        this(port, user, new ArrayList<>());
    }

    /** A status code, the content type and the parsed JSON body (null when there is none). */
    record Answer(int status, JsonNode body, String contentType, String raw) {}

    Answer get(String path) {
        return call(HttpMethod.GET, path, null);
    }

    Answer post(String path, String json) {
        return call(HttpMethod.POST, path, json);
    }

    Answer put(String path, String json) {
        return call(HttpMethod.PUT, path, json);
    }

    JsonNode ok(Answer answer) {
        if (answer.status() < 200 || answer.status() > 299) {
            throw new AssertionError("expected 2xx, got " + answer.status() + ": " + answer.raw());
        }
        return answer.body();
    }

    private Answer call(HttpMethod method, String path, String json) {
        var spec = http.method(method).uri(path);
        if (json != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return spec.exchange((request, response) -> {
            String raw = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            answers.add(raw);
            MediaType type = response.getHeaders().getContentType();
            JsonNode body = type != null && type.toString().contains("json") && !raw.isEmpty() ? JSON.readTree(raw) : null;
            return new Answer(response.getStatusCode().value(), body, type == null ? null : type.toString(), raw);
        }, true);
    }
}

package io.junction.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to Junction's REST API as one user, and hands back status and JSON whatever the status. */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    ApiClient(int port, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    /** A status code and a parsed JSON body (null when there is none). */
    record Answer(int status, JsonNode body, String contentType, byte[] raw) {}

    Answer get(String path) {
        return http.get().uri(path).exchange((request, response) -> answer(response), true);
    }

    Answer post(String path, String json) {
        var spec = http.post().uri(path);
        if (json != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return spec.exchange((request, response) -> answer(response), true);
    }

    JsonNode ok(Answer answer) {
        if (answer.status() != 200) {
            throw new AssertionError("expected 200, got " + answer.status() + ": " + new String(answer.raw(), StandardCharsets.UTF_8));
        }
        return answer.body();
    }

    private static Answer answer(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) throws java.io.IOException {
        byte[] raw = response.getBody().readAllBytes();
        MediaType type = response.getHeaders().getContentType();
        JsonNode body = null;
        if (type != null && type.toString().contains("json") && raw.length > 0) {
            body = JSON.readTree(raw);
        }
        return new Answer(response.getStatusCode().value(), body, type == null ? null : type.toString(), raw);
    }
}

package io.junction.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to Junction's REST API as one user, and hands back status and JSON whatever the status.
 * Keeps every raw answer in the list it is given, so a test can prove no secret was ever sent back.
 */
public final class ApiClient {

    /** The demo users' password in tests ({@code junction.demo.password} in the test configuration). */
    public static final String PASSWORD = "test-password-1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;
    private final List<String> answers;

    /**
     * A client asking for texts in {@code language} ({@code Accept-Language}), or in the API's default (Chinese)
     * when null.
     */
    public ApiClient(int port, String user, String password, List<String> answers, String language) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .defaultHeaders(h -> {
                    if (language != null) {
                        h.set(HttpHeaders.ACCEPT_LANGUAGE, language);
                    }
                })
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
        this.answers = answers;
    }

    /** A client asking for English texts, as the tests' assertions read them. */
    public ApiClient(int port, String user, String password, List<String> answers) {
        this(port, user, password, answers, "en");
    }

    public ApiClient(int port, String user, String password) {
        this(port, user, password, new ArrayList<>());
    }

    /** The demo admin, asking for English texts. */
    public static ApiClient admin(int port) {
        return new ApiClient(port, "admin", PASSWORD);
    }

    /** The demo clerk, asking for English texts. */
    public static ApiClient clerk(int port) {
        return new ApiClient(port, "clerk", PASSWORD);
    }

    /** The demo packer, asking for English texts. */
    public static ApiClient packer(int port) {
        return new ApiClient(port, "packer", PASSWORD);
    }

    /** A status code, the content type and the parsed JSON body (null when there is none). */
    public record Answer(int status, JsonNode body, String contentType, byte[] raw) {
        /** The body as text, for assertions and messages. */
        public String text() {
            return new String(raw, StandardCharsets.UTF_8);
        }
    }

    public Answer get(String path) {
        return call(HttpMethod.GET, path, null);
    }

    public Answer post(String path, String json) {
        return call(HttpMethod.POST, path, json);
    }

    public Answer put(String path, String json) {
        return call(HttpMethod.PUT, path, json);
    }

    public Answer delete(String path) {
        return call(HttpMethod.DELETE, path, null);
    }

    /** A multipart upload of one file as the part {@code file}, with extra headers (name, value, …). */
    public Answer upload(String path, String filename, byte[] content, String... headers) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        var spec =
                http.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
        for (int i = 0; i < headers.length; i += 2) {
            spec = spec.header(headers[i], headers[i + 1]);
        }
        return spec.exchange((request, response) -> answer(response), true);
    }

    /** The body of a 2xx answer; any other status fails the test with the answer. */
    public JsonNode ok(Answer answer) {
        if (answer.status() < 200 || answer.status() > 299) {
            throw new AssertionError("expected 2xx, got " + answer.status() + ": " + answer.text());
        }
        return answer.body();
    }

    /** This test context's demo Amazon shop: the one reading its own simulator (contexts may share a database). */
    public long demoAmazonShop(String simulatorEndpoint) {
        return demoShop("AMAZON", simulatorEndpoint);
    }

    /** This test context's demo shop on {@code platform}: the one reading its own simulator. */
    public long demoShop(String platform, String simulatorEndpoint) {
        JsonNode shops = ok(get("/api/v1/shops"));
        for (JsonNode shop : shops) {
            if (platform.equals(shop.get("platform").asString())
                    && simulatorEndpoint.equals(shop.get("endpoint").asString())) {
                return shop.get("id").asLong();
            }
        }
        throw new AssertionError("no demo " + platform + " shop reading " + simulatorEndpoint + " in " + shops);
    }

    /**
     * Waits up to 30 s for the order's write-back to reach one of {@code settled}; the status it was last seen in
     * (null when it has none), settled or not.
     */
    public String awaitWriteBack(long orderId, String... settled) {
        return poll(
                Duration.ofSeconds(30),
                () -> {
                    JsonNode order = ok(get("/api/v1/orders/" + orderId)).get("order");
                    return order.get("writeBackStatus").isNull()
                            ? null
                            : order.get("writeBackStatus").asString();
                },
                seen -> seen != null && List.of(settled).contains(seen));
    }

    /**
     * Looks with {@code look} every 200 ms until what it sees is {@code settled}, for {@code within} at the most; what
     * it saw last, settled or not.
     */
    public static <T> T poll(Duration within, Supplier<T> look, Predicate<T> settled) {
        Instant deadline = Instant.now().plus(within);
        T seen = null;
        while (Instant.now().isBefore(deadline)) {
            seen = look.get();
            if (settled.test(seen)) {
                return seen;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return seen;
    }

    /** Polls the background job ({@code GET /api/v1/jobs/{id}}) until it is done; fails after {@code within}. */
    public JsonNode awaitJob(long jobId, Duration within) {
        Instant until = Instant.now().plus(within);
        while (true) {
            JsonNode job = ok(get("/api/v1/jobs/" + jobId));
            if ("DONE".equals(job.get("state").asString())) {
                return job;
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("job " + jobId + " not done within " + within + ": " + job.get("done") + " of "
                        + job.get("total"));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Syncs the shop now ("sync now"); what the run did. */
    public JsonNode syncNow(long shopId) {
        return ok(post("/api/v1/shops/" + shopId + "/sync", null));
    }

    /** Opens the package by {@code code} at the scan station, scans each of its items and ships it; the ship answer. */
    public JsonNode scanAndShip(String code) {
        JsonNode opened = ok(post("/api/v1/scan-out/packages", "{\"code\":\"" + code + "\"}"));
        long packageId = opened.get("id").asLong();
        for (JsonNode item : opened.get("items")) {
            for (int i = 0; i < item.get("quantity").asInt(); i++) {
                JsonNode scan = ok(post(
                        "/api/v1/scan-out/packages/" + packageId + "/items",
                        "{\"barcode\":\"" + item.get("barcodes").get(0).asString() + "\"}"));
                if (!scan.get("accepted").asBoolean()) {
                    throw new AssertionError("scan refused: " + scan);
                }
            }
        }
        return ok(post("/api/v1/scan-out/packages/" + packageId + "/ship", null));
    }

    private Answer call(HttpMethod method, String path, String json) {
        var spec = http.method(method).uri(path);
        if (json != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return spec.exchange((request, response) -> answer(response), true);
    }

    private Answer answer(ClientHttpResponse response) throws IOException {
        byte[] raw = response.getBody().readAllBytes();
        answers.add(new String(raw, StandardCharsets.UTF_8));
        MediaType type = response.getHeaders().getContentType();
        JsonNode body = type != null && type.toString().contains("json") && raw.length > 0 ? JSON.readTree(raw) : null;
        return new Answer(response.getStatusCode().value(), body, type == null ? null : type.toString(), raw);
    }
}

package io.junction.carriers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recorded payloads of the carriers' tests, each carrier's in {@code io/junction/carriers/<carrier>/fixtures/},
 * and a raw call for the simulator tests that sign (or mis-sign) a request themselves.
 */
public final class CarrierFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CarrierFixtures() {}

    /** The payload {@code name} of {@code carrier} (its folder's name, e.g. {@code fourpx}). */
    public static String fixture(String carrier, String name) {
        String path = "/io/junction/carriers/" + carrier + "/fixtures/" + name;
        try (InputStream in = CarrierFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs {@code body} as JSON to {@code url} (signed in its query, or not) and reads the answer as JSON. */
    public static JsonNode postJson(OkHttpClient http, HttpUrl url, String body) throws IOException {
        Request request = new Request.Builder()
                .url(url)
                .post(RequestBody.create(body, MediaType.get("application/json")))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return JSON.readTree(response.body().string());
        }
    }
}

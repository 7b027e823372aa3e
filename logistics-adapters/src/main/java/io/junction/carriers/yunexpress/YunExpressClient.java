package io.junction.carriers.yunexpress;

import io.junction.carriers.kit.CarrierHttp;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.kit.CarrierReply;
import io.junction.logistics.CarrierAccess;
import io.junction.outcome.RemoteOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP to the YunExpress OMS API and nothing else: builds the URL, signs with Basic auth, sends,
 * hands the answer back. It never retries: a request that was sent and not answered is
 * {@link RemoteOutcome.Unknown} and is resolved by a lookup, because a second CreateOrder costs
 * money. The API secret is never logged.
 */
public class YunExpressClient {

    /** The credential key holding the YunExpress customer code. */
    public static final String CUSTOMER_CODE = "customerCode";

    /** The credential key holding the YunExpress API secret. */
    public static final String API_SECRET = "apiSecret";

    private static final Logger log = LoggerFactory.getLogger(YunExpressClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_LABEL_BYTES = 20 * 1024 * 1024;

    private final OkHttpClient http;
    private final CarrierQuota quota;

    /** {@code http} is used as given; the adapter turns its silent connection retries off. */
    public YunExpressClient(OkHttpClient http, CarrierQuota quota) {
        this.http = http;
        this.quota = quota;
    }

    /** {@code POST {endpoint}{path}} with a JSON body. */
    public RemoteOutcome<CarrierReply> post(CarrierAccess access, String path, String json) {
        return call(access, path, Map.of(), RequestBody.create(json, JSON));
    }

    /** {@code GET {endpoint}{path}?query}. */
    public RemoteOutcome<CarrierReply> get(CarrierAccess access, String path, Map<String, String> query) {
        return call(access, path, query, null);
    }

    /**
     * Downloads a label file. The account's credentials go along only when the file sits on the
     * API's own host; a label on another host (a CDN) gets no Authorization header.
     */
    public RemoteOutcome<byte[]> download(CarrierAccess access, String url) {
        HttpUrl target = HttpUrl.parse(url);
        if (target == null) {
            return RemoteOutcome.rejected("BAD_LABEL_URL", "the label URL is not a URL: " + url);
        }
        Request.Builder request = new Request.Builder().url(target).get();
        HttpUrl api = HttpUrl.parse(access.endpoint());
        if (api != null && sameOrigin(api, target)) {
            try {
                request.header("Authorization", authorization(access));
            } catch (IllegalStateException missing) {
                return RemoteOutcome.rejected("CONFIGURATION", missing.getMessage());
            }
        }
        try (Response response = http.newCall(request.build()).execute()) {
            log.debug("YunExpress GET label {} -> {}", target.encodedPath(), response.code());
            if (!response.isSuccessful()) {
                if (response.code() >= 500) {
                    return RemoteOutcome.unknown("label download answered HTTP " + response.code());
                }
                return RemoteOutcome.rejected(
                        "HTTP_" + response.code(), "label download refused: HTTP " + response.code());
            }
            byte[] bytes = response.body().bytes();
            if (bytes.length > MAX_LABEL_BYTES) {
                return RemoteOutcome.unknown("label file too large: " + bytes.length + " bytes");
            }
            return RemoteOutcome.succeeded(bytes);
        } catch (IOException e) {
            return RemoteOutcome.unknown("label download failed: " + CarrierHttp.describe(e));
        }
    }

    private RemoteOutcome<CarrierReply> call(
            CarrierAccess access, String path, Map<String, String> query, RequestBody body) {
        return quota.call(access, path, () -> send(access, path, query, body));
    }

    private RemoteOutcome<CarrierReply> send(
            CarrierAccess access, String path, Map<String, String> query, RequestBody body) {
        HttpUrl base = HttpUrl.parse(access.endpoint());
        if (base == null) {
            return RemoteOutcome.rejected(
                    "CONFIGURATION", "carrier account " + access.accountId() + " has no valid endpoint");
        }
        HttpUrl.Builder url = base.newBuilder().addPathSegments(path);
        query.forEach(url::addQueryParameter);
        Request request;
        try {
            request = new Request.Builder()
                    .url(url.build())
                    .header("Authorization", authorization(access))
                    .header("Accept", "application/json")
                    .method(body == null ? "GET" : "POST", body)
                    .build();
        } catch (IllegalStateException missingCredential) {
            return RemoteOutcome.rejected("CONFIGURATION", missingCredential.getMessage());
        }
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            log.debug("YunExpress {} {} -> {}", request.method(), request.url().encodedPath(), response.code());
            if (response.code() >= 500) {
                return RemoteOutcome.unknown("YunExpress answered HTTP " + response.code() + " to " + path);
            }
            return RemoteOutcome.succeeded(new CarrierReply(response.code(), text));
        } catch (IOException e) {
            log.debug(
                    "YunExpress {} {} failed: {}",
                    request.method(),
                    request.url().encodedPath(),
                    CarrierHttp.describe(e));
            return RemoteOutcome.unknown(path + ": " + CarrierHttp.describe(e));
        }
    }

    /** {@code Basic base64("{CustomerCode}&{ApiSecret}")}, as YunExpress signs. */
    static String authorization(CarrierAccess access) {
        String pair = access.credential(CUSTOMER_CODE) + "&" + access.credential(API_SECRET);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
    }
}

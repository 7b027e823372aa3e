package io.junction.carriers.fourpx;

import io.junction.carriers.kit.CarrierHttp;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.kit.CarrierReply;
import io.junction.carriers.kit.Md5;
import io.junction.logistics.CarrierAccess;
import io.junction.outcome.RemoteOutcome;
import java.io.IOException;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP to 4PX's FOP open API and nothing else: every call is a POST to the account's endpoint with
 * the method and the signature in the query and the raw JSON body. It never retries; I/O failures
 * and 5xx are {@link RemoteOutcome.Unknown}. The app secret is never logged nor sent.
 */
public class FourPxClient {

    /** The credential key holding the FOP app key. */
    public static final String APP_KEY = "appKey";

    /** The credential key holding the FOP app secret. */
    public static final String APP_SECRET = "appSecret";

    private static final Logger log = LoggerFactory.getLogger(FourPxClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final CarrierQuota quota;
    private final Clock clock;
    private final String version;
    private final String language;

    /** {@code http} is used as given; the adapter turns its silent connection retries off. */
    public FourPxClient(OkHttpClient http, CarrierQuota quota, Clock clock, String version, String language) {
        this.http = http;
        this.quota = quota;
        this.clock = clock;
        this.version = version;
        this.language = language;
    }

    /** {@code POST {endpoint}?app_key=…&format=json&method=…&timestamp=…&v=…&language=…&sign=…} with {@code body}. */
    public RemoteOutcome<CarrierReply> call(CarrierAccess access, String method, String body) {
        return quota.call(access, method, () -> send(access, method, body));
    }

    private RemoteOutcome<CarrierReply> send(CarrierAccess access, String method, String body) {
        HttpUrl base = HttpUrl.parse(access.endpoint());
        if (base == null) {
            return RemoteOutcome.rejected(
                    "CONFIGURATION", "carrier account " + access.accountId() + " has no valid endpoint");
        }
        String appKey;
        String appSecret;
        try {
            appKey = access.credential(APP_KEY);
            appSecret = access.credential(APP_SECRET);
        } catch (IllegalStateException missing) {
            return RemoteOutcome.rejected("CONFIGURATION", missing.getMessage());
        }
        String timestamp = String.valueOf(clock.millis());
        HttpUrl url = base.newBuilder()
                .addQueryParameter("app_key", appKey)
                .addQueryParameter("format", "json")
                .addQueryParameter("method", method)
                .addQueryParameter("timestamp", timestamp)
                .addQueryParameter("v", version)
                .addQueryParameter("language", language)
                .addQueryParameter("sign", sign(appKey, method, timestamp, version, body, appSecret))
                .build();
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            log.debug("4PX {} -> {}", method, response.code());
            if (response.code() >= 500) {
                return RemoteOutcome.unknown("4PX answered HTTP " + response.code() + " to " + method);
            }
            return RemoteOutcome.succeeded(new CarrierReply(response.code(), text));
        } catch (IOException e) {
            log.debug("4PX {} failed: {}", method, CarrierHttp.describe(e));
            return RemoteOutcome.unknown(method + ": " + CarrierHttp.describe(e));
        }
    }

    /** Downloads a label file from the URL 4PX gave (its file host: no credentials). */
    public RemoteOutcome<byte[]> download(String url) {
        return CarrierHttp.downloadPdf(http, url);
    }

    /**
     * FOP's signature: hex MD5 of {@code "app_key"+key+"format"+"json"+"method"+method+"timestamp"+ts+"v"+v
     * + body + appSecret} (lower case).
     */
    static String sign(String appKey, String method, String timestamp, String version, String body, String secret) {
        String plain = "app_key" + appKey + "format" + "json" + "method" + method + "timestamp" + timestamp + "v"
                + version + body + secret;
        return Md5.hex(plain);
    }
}

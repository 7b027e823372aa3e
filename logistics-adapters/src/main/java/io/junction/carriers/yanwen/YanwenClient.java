package io.junction.carriers.yanwen;

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
 * HTTP to Yanwen's open API and nothing else: every call is a POST to the account's endpoint with
 * user, method, timestamp and signature in the query and the raw JSON body. It never retries; I/O
 * failures and 5xx are {@link RemoteOutcome.Unknown}. The API token is never logged nor sent.
 */
public class YanwenClient {

    /** The credential key holding the Yanwen customer number ({@code user_id}). */
    public static final String USER_ID = "userId";

    /** The credential key holding the Yanwen API token. */
    public static final String API_TOKEN = "apiToken";

    static final String VERSION = "V1.0";

    private static final Logger log = LoggerFactory.getLogger(YanwenClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final CarrierQuota quota;
    private final Clock clock;

    /** {@code http} is used as given; the adapter turns its silent connection retries off. */
    public YanwenClient(OkHttpClient http, CarrierQuota quota, Clock clock) {
        this.http = http;
        this.quota = quota;
        this.clock = clock;
    }

    /** {@code POST {endpoint}?user_id=…&method=…&format=json&timestamp=…&sign=…&version=V1.0} with {@code body}. */
    public RemoteOutcome<CarrierReply> call(CarrierAccess access, String method, String body) {
        return quota.call(access, method, () -> send(access, method, body));
    }

    private RemoteOutcome<CarrierReply> send(CarrierAccess access, String method, String body) {
        HttpUrl base = HttpUrl.parse(access.endpoint());
        if (base == null) {
            return RemoteOutcome.rejected(
                    "CONFIGURATION", "carrier account " + access.accountId() + " has no valid endpoint");
        }
        String userId;
        String token;
        try {
            userId = access.credential(USER_ID);
            token = access.credential(API_TOKEN);
        } catch (IllegalStateException missing) {
            return RemoteOutcome.rejected("CONFIGURATION", missing.getMessage());
        }
        String timestamp = String.valueOf(clock.millis());
        HttpUrl url = base.newBuilder()
                .addQueryParameter("user_id", userId)
                .addQueryParameter("method", method)
                .addQueryParameter("format", "json")
                .addQueryParameter("timestamp", timestamp)
                .addQueryParameter("sign", sign(token, userId, body, method, timestamp))
                .addQueryParameter("version", VERSION)
                .build();
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            log.debug("Yanwen {} -> {}", method, response.code());
            if (response.code() >= 500) {
                return RemoteOutcome.unknown("Yanwen answered HTTP " + response.code() + " to " + method);
            }
            return RemoteOutcome.succeeded(new CarrierReply(response.code(), text));
        } catch (IOException e) {
            log.debug("Yanwen {} failed: {}", method, CarrierHttp.describe(e));
            return RemoteOutcome.unknown(method + ": " + CarrierHttp.describe(e));
        }
    }

    /** Yanwen's signature: hex MD5 of {@code apiToken + userId + body + "json" + method + timestamp + "V1.0" + apiToken}. */
    static String sign(String token, String userId, String body, String method, String timestamp) {
        return Md5.hex(token + userId + body + "json" + method + timestamp + VERSION + token);
    }
}

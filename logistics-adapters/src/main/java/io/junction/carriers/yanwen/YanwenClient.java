package io.junction.carriers.yanwen;

import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.kit.Md5;
import io.junction.carriers.kit.SignedPostClient;
import io.junction.logistics.CarrierAccess;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * HTTP to Yanwen's open API and nothing else: every call is a POST to the account's endpoint with
 * user, method, timestamp and signature in the query and the raw JSON body ({@link SignedPostClient}).
 * The API token is never logged nor sent.
 */
public class YanwenClient extends SignedPostClient {

    /** The credential key holding the Yanwen customer number ({@code user_id}). */
    public static final String USER_ID = "userId";

    /** The credential key holding the Yanwen API token. */
    public static final String API_TOKEN = "apiToken";

    static final String VERSION = "V1.0";

    /** {@code http} is used as given; the adapter turns its silent connection retries off. */
    public YanwenClient(OkHttpClient http, CarrierQuota quota, Clock clock) {
        super("Yanwen", http, quota, clock);
    }

    /** {@code {endpoint}?user_id=…&method=…&format=json&timestamp=…&sign=…&version=V1.0}. */
    @Override
    protected HttpUrl signedUrl(HttpUrl endpoint, CarrierAccess access, String method, String body, String timestamp) {
        String userId = access.credential(USER_ID);
        String token = access.credential(API_TOKEN);
        return endpoint.newBuilder()
                .addQueryParameter("user_id", userId)
                .addQueryParameter("method", method)
                .addQueryParameter("format", "json")
                .addQueryParameter("timestamp", timestamp)
                .addQueryParameter("sign", sign(token, userId, body, method, timestamp))
                .addQueryParameter("version", VERSION)
                .build();
    }

    /** Yanwen's signature: hex MD5 of {@code apiToken + userId + body + "json" + method + timestamp + "V1.0" + apiToken}. */
    static String sign(String token, String userId, String body, String method, String timestamp) {
        return Md5.hex(token + userId + body + "json" + method + timestamp + VERSION + token);
    }
}

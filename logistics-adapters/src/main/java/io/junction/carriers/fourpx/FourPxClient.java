package io.junction.carriers.fourpx;

import io.junction.carriers.kit.CarrierHttp;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.kit.Md5;
import io.junction.carriers.kit.SignedPostClient;
import io.junction.logistics.CarrierAccess;
import io.junction.outcome.RemoteOutcome;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * HTTP to 4PX's FOP open API and nothing else: every call is a POST to the account's endpoint with
 * the method and the signature in the query and the raw JSON body ({@link SignedPostClient}). The app
 * secret is never logged nor sent.
 */
public class FourPxClient extends SignedPostClient {

    /** The credential key holding the FOP app key. */
    public static final String APP_KEY = "appKey";

    /** The credential key holding the FOP app secret. */
    public static final String APP_SECRET = "appSecret";

    private final String version;
    private final String language;

    /** {@code http} is used as given; the adapter turns its silent connection retries off. */
    public FourPxClient(OkHttpClient http, CarrierQuota quota, Clock clock, String version, String language) {
        super("4PX", http, quota, clock);
        this.version = version;
        this.language = language;
    }

    /** {@code {endpoint}?app_key=…&format=json&method=…&timestamp=…&v=…&language=…&sign=…}. */
    @Override
    protected HttpUrl signedUrl(HttpUrl endpoint, CarrierAccess access, String method, String body, String timestamp) {
        String appKey = access.credential(APP_KEY);
        String appSecret = access.credential(APP_SECRET);
        return endpoint.newBuilder()
                .addQueryParameter("app_key", appKey)
                .addQueryParameter("format", "json")
                .addQueryParameter("method", method)
                .addQueryParameter("timestamp", timestamp)
                .addQueryParameter("v", version)
                .addQueryParameter("language", language)
                .addQueryParameter("sign", sign(appKey, method, timestamp, version, body, appSecret))
                .build();
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

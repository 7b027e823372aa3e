package io.junction.carriers.kit;

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
 * HTTP to a carrier API whose every call is a POST of raw JSON to the account's endpoint, the call's
 * method, a timestamp and a signature in the query (4PX's FOP, Yanwen). The carrier's client names its
 * parameters and signs ({@link #signedUrl}); this sends within the account's {@link CarrierQuota} and never
 * retries: I/O failures and 5xx are {@link RemoteOutcome.Unknown}. Secrets are never logged.
 */
public abstract class SignedPostClient {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** The client as given; the adapter turns its silent connection retries off. */
    protected final OkHttpClient http;

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String carrierName;
    private final CarrierQuota quota;
    private final Clock clock;

    /**
     * @param carrierName how log lines and messages name the carrier ("4PX")
     * @param clock the clock the request timestamps are read from
     */
    protected SignedPostClient(String carrierName, OkHttpClient http, CarrierQuota quota, Clock clock) {
        this.carrierName = carrierName;
        this.http = http;
        this.quota = quota;
        this.clock = clock;
    }

    /**
     * The account's endpoint with the call's parameters and signature in its query, in the carrier's order.
     *
     * @param timestamp the request's time, epoch milliseconds
     * @throws IllegalStateException when the account lacks a credential
     */
    protected abstract HttpUrl signedUrl(
            HttpUrl endpoint, CarrierAccess access, String method, String body, String timestamp);

    /** {@code POST} {@code body} to the signed URL of {@code method}. */
    public RemoteOutcome<CarrierReply> call(CarrierAccess access, String method, String body) {
        return quota.call(access, method, () -> send(access, method, body));
    }

    private RemoteOutcome<CarrierReply> send(CarrierAccess access, String method, String body) {
        HttpUrl base = HttpUrl.parse(access.endpoint());
        if (base == null) {
            return RemoteOutcome.rejected(
                    "CONFIGURATION", "carrier account " + access.accountId() + " has no valid endpoint");
        }
        HttpUrl url;
        try {
            url = signedUrl(base, access, method, body, String.valueOf(clock.millis()));
        } catch (IllegalStateException missing) {
            return RemoteOutcome.rejected("CONFIGURATION", missing.getMessage());
        }
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            log.debug("{} {} -> {}", carrierName, method, response.code());
            if (response.code() >= 500) {
                return RemoteOutcome.unknown(carrierName + " answered HTTP " + response.code() + " to " + method);
            }
            return RemoteOutcome.succeeded(new CarrierReply(response.code(), text));
        } catch (IOException e) {
            log.debug("{} {} failed: {}", carrierName, method, CarrierHttp.describe(e));
            return RemoteOutcome.unknown(method + ": " + CarrierHttp.describe(e));
        }
    }
}

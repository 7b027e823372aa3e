package io.junction.connectors.kit;

import io.junction.channel.ChannelException;
import io.junction.channel.ShopAccess;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The HTTP steps every marketplace client takes alike: reading a shop's endpoint as a URL, and one POST whose
 * answer is read to the end. Retries, quotas and the circuit are {@link PlatformCall}'s.
 */
public final class PlatformHttp {

    /** What a client makes of an answer: its HTTP status and its body. */
    @FunctionalInterface
    public interface Answer<R> {
        R of(int status, String body);
    }

    private PlatformHttp() {}

    /**
     * The shop's endpoint as a URL.
     *
     * @param what how the message names the endpoint, e.g. {@code "JD gateway URL"}
     * @throws ChannelException INVALID_REQUEST when the shop has none or it is not a URL
     */
    public static HttpUrl endpoint(ShopAccess shop, String what) {
        HttpUrl url = shop.endpoint() == null ? null : HttpUrl.parse(shop.endpoint());
        if (url == null) {
            throw new ChannelException(
                    ChannelException.Kind.INVALID_REQUEST, "shop " + shop.shopId() + " has an invalid " + what);
        }
        return url;
    }

    /**
     * One attempt at posting {@code body} to {@code url}, asking for JSON.
     *
     * @param userAgent the {@code user-agent} header; null to send OkHttp's own
     * @throws IOException when no answer came (see {@link PlatformCall#neverSent(Throwable)})
     */
    public static <R> R post(OkHttpClient http, HttpUrl url, RequestBody body, String userAgent, Answer<R> answer)
            throws IOException {
        Request.Builder request = new Request.Builder().url(url).post(body);
        if (userAgent != null) {
            request.header("user-agent", userAgent);
        }
        request.header("accept", "application/json");
        try (Response response = http.newCall(request.build()).execute()) {
            return answer.of(response.code(), response.body().string());
        }
    }
}

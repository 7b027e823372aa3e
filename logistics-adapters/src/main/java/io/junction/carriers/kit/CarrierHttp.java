package io.junction.carriers.kit;

import io.junction.outcome.RemoteOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The HTTP every carrier client shares: a copy of the application's OkHttp client with the carrier's
 * time-outs and no silent retry (a pre-advice sent once is never sent again unseen), and the download
 * of a label file.
 */
public final class CarrierHttp {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_LABEL_BYTES = 20 * 1024 * 1024;

    private CarrierHttp() {}

    /**
     * A copy of {@code http} with the carrier's time-outs (the read time-out also bounds writes) and OkHttp's
     * {@code retryOnConnectionFailure} off.
     */
    public static OkHttpClient tuned(OkHttpClient http, CarrierTimeouts timeouts) {
        return http.newBuilder()
                .connectTimeout(timeouts.connectTimeout())
                .readTimeout(timeouts.readTimeout())
                .writeTimeout(timeouts.readTimeout())
                .callTimeout(timeouts.callTimeout())
                .retryOnConnectionFailure(false)
                .build();
    }

    /** True when the bytes start like a PDF file. */
    public static boolean isPdf(byte[] bytes) {
        return bytes != null
                && bytes.length >= PDF_MAGIC.length
                && Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    /**
     * Downloads a label PDF from a URL the carrier gave, without credentials (labels sit on the
     * carrier's file host): a 5xx, an I/O failure or bytes that are no PDF are unknown, a 4xx is a
     * refusal.
     */
    public static RemoteOutcome<byte[]> downloadPdf(OkHttpClient http, String url) {
        HttpUrl target = url == null ? null : HttpUrl.parse(url);
        if (target == null) {
            return RemoteOutcome.rejected("BAD_LABEL_URL", "the label URL is not a URL: " + url);
        }
        try (Response response =
                http.newCall(new Request.Builder().url(target).get().build()).execute()) {
            if (response.code() >= 500) {
                return RemoteOutcome.unknown("label download answered HTTP " + response.code());
            }
            if (!response.isSuccessful()) {
                return RemoteOutcome.rejected(
                        "HTTP_" + response.code(), "label download refused: HTTP " + response.code());
            }
            byte[] bytes = response.body().bytes();
            if (bytes.length > MAX_LABEL_BYTES) {
                return RemoteOutcome.unknown("label file too large: " + bytes.length + " bytes");
            }
            if (!isPdf(bytes)) {
                return RemoteOutcome.unknown("the label file at " + target.encodedPath() + " is not a PDF");
            }
            return RemoteOutcome.succeeded(bytes);
        } catch (IOException e) {
            return RemoteOutcome.unknown("label download failed: " + describe(e));
        }
    }

    /** An I/O failure in a few words: its kind and message. */
    public static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}

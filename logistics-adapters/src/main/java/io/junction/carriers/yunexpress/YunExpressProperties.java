package io.junction.carriers.yunexpress;

import static io.junction.carriers.kit.CarrierPhrases.phrasesOr;
import static io.junction.carriers.kit.CarrierTimeouts.positiveOr;

import io.junction.carriers.kit.CarrierTimeouts;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How patiently we talk to YunExpress ({@code junction.carriers.yunexpress.*}). Endpoint and credentials
 * belong to the carrier account
 * ({@link io.junction.logistics.CarrierAccess}), not here. A null duration takes its default.
 *
 * @param connectTimeout to open the connection
 * @param readTimeout between bytes of the answer; a pre-advice that runs past it is unknown, not failed
 * @param callTimeout for a whole call, answer included
 * @param notFoundRemarks how a Delete's Remark words "no such order" (UNCONFIRMED, as is the whole Delete shape)
 * @param alreadyDeletedRemarks how a Delete's Remark words "deleted already" (UNCONFIRMED): the parcel is gone,
 *     which is what we wanted
 * @param timeZone the zone of the local times in tracking events (UNCONFIRMED: China time)
 * @param quoteCurrency the currency of Freight/GetPriceTrial's fees, which the answer does not name
 *     (UNCONFIRMED: CNY, the currency YunExpress bills Chinese accounts in)
 */
@ConfigurationProperties("junction.carriers.yunexpress")
public record YunExpressProperties(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        List<String> notFoundRemarks,
        List<String> alreadyDeletedRemarks,
        ZoneId timeZone,
        String quoteCurrency)
        implements CarrierTimeouts {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

    @ConstructorBinding
    public YunExpressProperties {
        connectTimeout = positiveOr(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
        readTimeout = positiveOr(readTimeout, DEFAULT_READ_TIMEOUT, "readTimeout");
        callTimeout = positiveOr(callTimeout, DEFAULT_CALL_TIMEOUT, "callTimeout");
        notFoundRemarks = phrasesOr(notFoundRemarks, List.of("does not exist", "not exist", "not found", "不存在"));
        alreadyDeletedRemarks =
                phrasesOr(alreadyDeletedRemarks, List.of("already been deleted", "already deleted", "已删除"));
        timeZone = timeZone == null ? ZoneId.of("Asia/Shanghai") : timeZone;
        quoteCurrency = quoteCurrency == null || quoteCurrency.isBlank() ? "CNY" : quoteCurrency.trim();
    }

    /** Other time-outs, and the default wordings. */
    public YunExpressProperties(Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
        this(connectTimeout, readTimeout, callTimeout, null, null, null, null);
    }

    /** The defaults: 5 s to connect, 30 s to read, 60 s per call. */
    public static YunExpressProperties defaults() {
        return new YunExpressProperties(null, null, null);
    }
}

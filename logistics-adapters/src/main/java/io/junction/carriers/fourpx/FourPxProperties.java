package io.junction.carriers.fourpx;

import static io.junction.carriers.kit.CarrierFields.orDefault;
import static io.junction.carriers.kit.CarrierPhrases.phrasesOr;
import static io.junction.carriers.kit.CarrierTimeouts.positiveOr;

import io.junction.carriers.kit.CarrierPhrases;
import io.junction.carriers.kit.CarrierTimeouts;
import io.junction.logistics.TrackingStatus;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How we talk to 4PX's FOP open API ({@code junction.carriers.fourpx.*}), and the facts about it that
 * CARRIERS.md does not give, each UNCONFIRMED with today's best guess as its default. Endpoint and
 * credentials belong to the carrier account. Anything left out takes its default.
 *
 * @param connectTimeout to open the connection
 * @param readTimeout between bytes of the answer; a pre-advice that runs past it is unknown, not failed
 * @param callTimeout for a whole call
 * @param apiVersion the {@code v} parameter (UNCONFIRMED: "1.0.0" as in CARRIERS.md's example; some methods may want
 *     "1.1.0")
 * @param language the {@code language} parameter: "cn" or "en", the language of 4PX's error messages
 * @param businessType {@code business_type} of a consignment (UNCONFIRMED: "BDS", direct cross-border parcels)
 * @param dutyType {@code duty_type} (UNCONFIRMED: "U", duties unpaid, paid by the recipient)
 * @param timeZone the zone of the local times in 4PX's answers (UNCONFIRMED: China time)
 * @param duplicatePhrases how an error says our {@code ref_no} is taken (UNCONFIRMED)
 * @param notFoundPhrases how an error says 4PX holds no such consignment (UNCONFIRMED)
 * @param alreadyCancelledPhrases how a cancel's error says it was cancelled already (UNCONFIRMED)
 * @param alreadyHeldPhrases how a hold's error says the parcel is held already (UNCONFIRMED)
 * @param cancelledStatuses {@code consignment_status} values of a cancelled consignment in
 *     {@code ds.xms.order.get}: a lookup treats it as not held (UNCONFIRMED)
 * @param trackingCodes {@code businessLinkCode}s of tracking events and what they mean; an event whose
 *     code is not listed is read from its text (UNCONFIRMED: none known, empty)
 * @param quoteMethod the FOP method that estimates freight (UNCONFIRMED: "ds.xms.estimated_cost.get";
 *     CARRIERS.md names no such method, so its name and shapes are guesses to check against 4PX's docs)
 */
@ConfigurationProperties("junction.carriers.fourpx")
public record FourPxProperties(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        String apiVersion,
        String language,
        String businessType,
        String dutyType,
        ZoneId timeZone,
        List<String> duplicatePhrases,
        List<String> notFoundPhrases,
        List<String> alreadyCancelledPhrases,
        List<String> alreadyHeldPhrases,
        List<String> cancelledStatuses,
        Map<String, TrackingStatus> trackingCodes,
        String quoteMethod)
        implements CarrierTimeouts {

    /** The estimated-cost method's name unless set otherwise (UNCONFIRMED). */
    public static final String DEFAULT_QUOTE_METHOD = "ds.xms.estimated_cost.get";

    @ConstructorBinding
    public FourPxProperties {
        connectTimeout = positiveOr(connectTimeout, Duration.ofSeconds(5), "connectTimeout");
        readTimeout = positiveOr(readTimeout, Duration.ofSeconds(30), "readTimeout");
        callTimeout = positiveOr(callTimeout, Duration.ofSeconds(60), "callTimeout");
        apiVersion = orDefault(apiVersion, "1.0.0");
        language = orDefault(language, "cn");
        businessType = orDefault(businessType, "BDS");
        dutyType = orDefault(dutyType, "U");
        timeZone = timeZone == null ? ZoneId.of("Asia/Shanghai") : timeZone;
        duplicatePhrases = phrasesOr(duplicatePhrases, CarrierPhrases.DUPLICATE);
        notFoundPhrases = phrasesOr(notFoundPhrases, CarrierPhrases.NOT_FOUND);
        alreadyCancelledPhrases = phrasesOr(
                alreadyCancelledPhrases, List.of("already cancelled", "already been cancelled", "已取消", "已作废"));
        alreadyHeldPhrases = phrasesOr(alreadyHeldPhrases, List.of("already held", "已扣件", "已拦截"));
        cancelledStatuses = List.copyOf(cancelledStatuses == null ? List.of("X", "V") : cancelledStatuses);
        trackingCodes = Map.copyOf(trackingCodes == null ? Map.of() : trackingCodes);
        quoteMethod = orDefault(quoteMethod, DEFAULT_QUOTE_METHOD);
    }

    /** Other time-outs, and every other setting at its default. */
    public FourPxProperties(Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
        this(
                connectTimeout,
                readTimeout,
                callTimeout,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The defaults: 5 s to connect, 30 s to read, 60 s per call, and the best guesses above. */
    public static FourPxProperties defaults() {
        return new FourPxProperties(null, null, null);
    }
}

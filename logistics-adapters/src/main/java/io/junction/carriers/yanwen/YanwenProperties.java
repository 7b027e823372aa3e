package io.junction.carriers.yanwen;

import static io.junction.carriers.kit.CarrierPhrases.phrasesOr;
import static io.junction.carriers.kit.CarrierTimeouts.positiveOr;

import io.junction.carriers.kit.CarrierPhrases;
import io.junction.carriers.kit.CarrierTimeouts;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How we talk to Yanwen's open API ({@code junction.carriers.yanwen.*}), and the facts about it that
 * CARRIERS.md does not give, each UNCONFIRMED with today's best guess as its default. Endpoint and
 * credentials belong to the carrier account. Anything left out takes its default.
 *
 * @param connectTimeout to open the connection
 * @param readTimeout between bytes of the answer; a pre-advice that runs past it is unknown, not failed
 * @param callTimeout for a whole call
 * @param duplicatePhrases how an error says our order number is taken (UNCONFIRMED)
 * @param notFoundPhrases how an error says Yanwen holds no such order (UNCONFIRMED)
 * @param alreadyCancelledPhrases how a cancel's error says it was cancelled already (UNCONFIRMED)
 */
@ConfigurationProperties("junction.carriers.yanwen")
public record YanwenProperties(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        List<String> duplicatePhrases,
        List<String> notFoundPhrases,
        List<String> alreadyCancelledPhrases)
        implements CarrierTimeouts {

    @ConstructorBinding
    public YanwenProperties {
        connectTimeout = positiveOr(connectTimeout, Duration.ofSeconds(5), "connectTimeout");
        readTimeout = positiveOr(readTimeout, Duration.ofSeconds(30), "readTimeout");
        callTimeout = positiveOr(callTimeout, Duration.ofSeconds(60), "callTimeout");
        duplicatePhrases = phrasesOr(duplicatePhrases, CarrierPhrases.DUPLICATE);
        notFoundPhrases = phrasesOr(notFoundPhrases, CarrierPhrases.NOT_FOUND);
        alreadyCancelledPhrases = phrasesOr(alreadyCancelledPhrases, CarrierPhrases.ALREADY_CANCELLED);
    }

    /** Other time-outs, and every other setting at its default. */
    public YanwenProperties(Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
        this(connectTimeout, readTimeout, callTimeout, null, null, null);
    }

    /** The defaults: 5 s to connect, 30 s to read, 60 s per call, and the best guesses above. */
    public static YanwenProperties defaults() {
        return new YanwenProperties(null, null, null);
    }
}

package io.junction.tracking;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the carrier tracking poll and its alerts ({@code junction.tracking.*}).
 *
 * @param pollInterval how often one parcel is asked about. UNCONFIRMED: no carrier publishes how often it lets a
 *     parcel be tracked, nor how often its scans change; two hours keeps a thousand parcels a day well under any
 *     account's limit
 * @param relayInterval how often the relay looks for parcels due
 * @param batchSize the most parcels one relay claims at a time
 * @param relayEnabled whether this node polls
 * @param firstRetry the wait after a poll the carrier did not answer, doubling after each (never beyond
 *     {@code pollInterval})
 * @param lease longer than one poll can take (a carrier's minute, with room)
 * @param giveUpAfter a parcel shipped longer ago than this is no longer polled (EXPIRED)
 * @param alerts when a parcel is listed as a risk
 */
@ConfigurationProperties("junction.tracking")
public record TrackingProperties(
        @DefaultValue("PT2H") Duration pollInterval,
        @DefaultValue("PT30S") Duration relayInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("true") boolean relayEnabled,
        @DefaultValue("PT5M") Duration firstRetry,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("P60D") Duration giveUpAfter,
        @DefaultValue Alerts alerts) {

    /**
     * When a parcel is at risk.
     *
     * @param noScanAfter a parcel shipped this long ago with no carrier scan yet is listed (AliExpress penalises a
     *     shipment the carrier never scanned as a false shipment, 虚假发货; its window is UNCONFIRMED)
     * @param noScanAfterByPlatform the same per platform code ({@code ALIEXPRESS: P2D}), overriding {@code noScanAfter}
     * @param stuckAfter a scanned parcel in one status (delivered and returned aside) this long is listed
     */
    public record Alerts(
            @DefaultValue("P2D") Duration noScanAfter,
            Map<String, Duration> noScanAfterByPlatform,
            @DefaultValue("P7D") Duration stuckAfter) {

        public Alerts {
            noScanAfterByPlatform = noScanAfterByPlatform == null ? Map.of() : Map.copyOf(noScanAfterByPlatform);
        }

        /** How long a parcel of {@code platform} may wait for its first carrier scan. */
        public Duration noScanAfter(String platform) {
            return noScanAfterByPlatform.getOrDefault(platform, noScanAfter);
        }
    }
}

package io.junction.carriers.kit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.logistics.TrackingStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParcelJourneyTest {

    private static final Instant BOOKED = Instant.parse("2026-12-01T02:00:00Z");
    private final ParcelJourney journey = new ParcelJourney(Duration.ofHours(1));

    private TrackingStatus at(Duration after, Instant intercepted) {
        return journey.statusAt(BOOKED, intercepted, BOOKED.plus(after), "Berlin", "DE");
    }

    @Test
    void aParcelMovesOneStepEveryStepUntilDelivered() {
        assertThat(at(Duration.ZERO, null)).isEqualTo(TrackingStatus.INFO_RECEIVED);
        assertThat(at(Duration.ofMinutes(61), null)).isEqualTo(TrackingStatus.PICKED_UP);
        assertThat(at(Duration.ofHours(3), null)).isEqualTo(TrackingStatus.IN_TRANSIT);
        assertThat(at(Duration.ofHours(4), null)).isEqualTo(TrackingStatus.OUT_FOR_DELIVERY);
        assertThat(at(Duration.ofDays(3), null)).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(journey.eventsAt(BOOKED, null, BOOKED.plus(Duration.ofDays(3)), "Berlin", "DE"))
                .hasSize(6);
    }

    @Test
    void anInterceptedParcelStopsWhereItIsThenGoesBack() {
        // given
        Instant intercepted = BOOKED.plus(Duration.ofMinutes(150));

        // then
        assertThat(at(Duration.ofMinutes(160), intercepted)).isEqualTo(TrackingStatus.EXCEPTION);
        assertThat(at(Duration.ofDays(2), intercepted)).isEqualTo(TrackingStatus.RETURNED);
        assertThat(journey.eventsAt(BOOKED, intercepted, BOOKED.plus(Duration.ofDays(2)), "Berlin", "DE"))
                .extracting(ParcelJourney.Stop::status)
                .containsExactly(
                        TrackingStatus.INFO_RECEIVED,
                        TrackingStatus.PICKED_UP,
                        TrackingStatus.IN_TRANSIT,
                        TrackingStatus.EXCEPTION,
                        TrackingStatus.RETURNED);
    }
}

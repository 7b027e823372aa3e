package io.junction.handover;

import static io.junction.testing.Pdfs.KEY_CAPTIONS;
import static io.junction.testing.Pdfs.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.order.Order;
import io.junction.order.OrderPackage;
import io.junction.order.Refusal;
import io.junction.testing.FakeCarrier;
import io.junction.testing.FakeShopTest;
import java.io.IOException;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Shipped parcels scanned into a carrier's hand-over batch, counted, closed with a manifest. */
class HandoverServiceTest extends FakeShopTest {

    @Autowired
    HandoverService handovers;

    OrderPackage shipped;
    OrderPackage alsoShipped;

    @BeforeEach
    void twoShippedParcels() {
        shipped = pipeline.shipped(syncedOrder(mug));
        alsoShipped = pipeline.shipped(syncedOrder(mug));
        // a batch left open by an earlier test would be reused: close it
        handovers.recent().stream()
                .filter(h -> h.status() == HandoverStatus.OPEN)
                .forEach(h -> handovers.close(h.id(), "clerk", KEY_CAPTIONS, ZoneOffset.UTC));
    }

    @Test
    void aShippedParcelScannedInIsCountedAgainstWhatIsDue() {
        // given
        HandoverBatch opened = handovers.open(FakeCarrier.CARRIER, "packer");

        // when
        HandoverBatch batch = handovers.scan(opened.handover().id(), shipped.trackingNumber(), "packer");

        // then
        assertThat(batch.count()).isEqualTo(1);
        assertThat(batch.parcels())
                .extracting(HandoverParcel::trackingNumber)
                .containsExactly(shipped.trackingNumber());
        assertThat(batch.due()).isEqualTo(opened.due());
        assertThat(batch.waiting()).isEqualTo(opened.waiting() - 1);
        assertThat(batch.totalWeightGrams()).isEqualTo(shipped.weightGrams());
    }

    @Test
    void openingTwiceGivesTheCarriersOpenBatch() {
        // when
        HandoverBatch first = handovers.open(FakeCarrier.CARRIER, "packer");
        HandoverBatch second = handovers.open(FakeCarrier.CARRIER, "packer");

        // then
        assertThat(second.handover().id()).isEqualTo(first.handover().id());
    }

    @Test
    void aParcelGoesIntoOneBatchOnly() {
        // given
        long id = handovers.open(FakeCarrier.CARRIER, "packer").handover().id();
        handovers.scan(id, shipped.packageNo(), "packer");

        // when / then
        assertThatThrownBy(() -> handovers.scan(id, shipped.trackingNumber(), "packer"))
                .isInstanceOfSatisfying(
                        HandoverRefusedException.class,
                        e -> assertThat(e.refusal())
                                .isEqualTo(Refusal.of(
                                        HandoverRefusedException.ALREADY_IN_BATCH, shipped.trackingNumber(), id)));
        assertThat(handovers.batch(id).count()).isEqualTo(1);
    }

    @Test
    void aParcelNotScannedOutOrUnknownIsRefused() {
        // given
        Order printed = pipeline.printed(syncedOrder(mug));
        String notShipped = pipeline.packageOf(printed).trackingNumber();
        long id = handovers.open(FakeCarrier.CARRIER, "packer").handover().id();

        // when / then
        assertThatThrownBy(() -> handovers.scan(id, notShipped, "packer"))
                .isInstanceOfSatisfying(
                        HandoverRefusedException.class,
                        e -> assertThat(e.refusal())
                                .isEqualTo(Refusal.of(HandoverRefusedException.NOT_SHIPPED, notShipped)));
        assertThatThrownBy(() -> handovers.scan(id, "NO-SUCH-PARCEL", "packer"))
                .isInstanceOfSatisfying(
                        HandoverRefusedException.class,
                        e -> assertThat(e.refusal())
                                .isEqualTo(Refusal.of(HandoverRefusedException.NO_SUCH_PARCEL, "NO-SUCH-PARCEL")));
        assertThatThrownBy(() -> handovers.open("NO-SUCH-CARRIER", "packer"))
                .isInstanceOfSatisfying(
                        HandoverRefusedException.class,
                        e -> assertThat(e.refusal())
                                .isEqualTo(Refusal.of(HandoverRefusedException.NO_SUCH_CARRIER, "NO-SUCH-CARRIER")));
    }

    @Test
    void closingPrintsTheManifestAndTakesNoMoreParcels() throws IOException {
        // given
        long id = handovers.open(FakeCarrier.CARRIER, "packer").handover().id();
        handovers.scan(id, shipped.trackingNumber(), "packer");
        handovers.scan(id, alsoShipped.trackingNumber(), "packer");

        // when
        byte[] manifest = handovers.close(id, "packer", KEY_CAPTIONS, ZoneOffset.UTC);

        // then
        String text = textOf(manifest);
        String weight = HandoverManifest.kilograms(shipped.weightGrams() + alsoShipped.weightGrams());
        assertThat(text)
                .contains("[manifest.title [" + id + "]]")
                .contains("[manifest.carrier [" + FakeCarrier.CARRIER + "]]")
                .contains("[manifest.totals [2, " + weight + "]]")
                .contains(shipped.trackingNumber())
                .contains(alsoShipped.trackingNumber())
                .contains("[manifest.sign.carrier]");
        assertThat(handovers.batch(id).handover().status()).isEqualTo(HandoverStatus.CLOSED);
        OrderPackage third = pipeline.shipped(syncedOrder(mug));
        assertThatThrownBy(() -> handovers.scan(id, third.trackingNumber(), "packer"))
                .isInstanceOfSatisfying(
                        HandoverRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.of(HandoverRefusedException.CLOSED, id)));
    }

    @Test
    void aParcelShippedTodayInNoBatchIsListedAtTheEndOfTheDay() {
        // given
        long id = handovers.open(FakeCarrier.CARRIER, "packer").handover().id();
        handovers.scan(id, shipped.trackingNumber(), "packer");

        // when
        var unbatched = handovers.unbatched(handovers.today(ZoneOffset.UTC), ZoneOffset.UTC);

        // then
        assertThat(unbatched)
                .extracting(HandoverParcel::packageId)
                .contains(alsoShipped.id())
                .doesNotContain(shipped.id());
        assertThat(handovers.unbatched(handovers.today(ZoneOffset.UTC).minusDays(3), ZoneOffset.UTC))
                .extracting(HandoverParcel::packageId)
                .doesNotContain(alsoShipped.id());
    }
}

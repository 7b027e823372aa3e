package io.junction.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.Order;
import io.junction.order.OrderPackage;
import io.junction.scanout.ScanOutService;
import io.junction.scanout.StationCall;
import io.junction.scanout.StationSettings;
import io.junction.testing.FakeCarrier;
import io.junction.testing.FakeShopTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The station's measured weight, sent to a carrier that takes a weight update, never to one that does not. */
class WeightUpdateServiceTest extends FakeShopTest {

    private static final int EVERYTHING = 1000;
    private static final StationCall AT = new StationCall(StationSettings.DEFAULT, "packer-ann");

    @Autowired
    WeightUpdateService weights;

    @Autowired
    WeightUpdateMapper updates;

    @Autowired
    ScanOutService scanOut;

    Order order;
    OrderPackage pkg;

    @BeforeEach
    void aPrintedOrderWhoseParcelStandsAtTheFakeCarrier() {
        drain();
        order = pipeline.printed(syncedOrder(mug));
        pkg = pipeline.packageOf(order);
        jdbc.update("UPDATE oms_package SET weight_grams = 0 WHERE id = ?", pkg.id());
    }

    @Test
    void aCarrierThatTakesWeightUpdatesIsSentTheMeasuredWeightOnce() {
        // given
        carrier.updatesWeights(true);

        // when the packer weighs the parcel
        assertThat(scanOut.weigh(pkg.id(), 735, null, AT).accepted()).isTrue();

        // then the intent was committed with the weight, and nothing was sent yet
        assertThat(updates.findByPackage(pkg.id())).satisfies(u -> {
            assertThat(u.status()).isEqualTo(WeightUpdateStatus.PENDING);
            assertThat(u.weightGrams()).isEqualTo(735);
        });
        assertThat(carrier.weightsSentFor(pkg.packageNo())).isEmpty();

        // when the relay runs, twice
        weights.relay().relayDue(EVERYTHING);
        weights.relay().relayDue(EVERYTHING);

        // then the carrier got the weight once, and the order says so
        assertThat(carrier.weightsSentFor(pkg.packageNo())).containsExactly(735);
        assertThat(updates.findByPackage(pkg.id()).status()).isEqualTo(WeightUpdateStatus.SENT);
        assertThat(history())
                .contains("weight 735 g of package " + pkg.packageNo() + " sent to " + FakeCarrier.CARRIER);
    }

    @Test
    void aCarrierWithoutWeightUpdatesIsSentNothing() {
        // given the fake carrier does not take weight updates (its default)

        // when
        assertThat(scanOut.weigh(pkg.id(), 735, null, AT).accepted()).isTrue();
        weights.relay().relayDue(EVERYTHING);

        // then
        assertThat(updates.findByPackage(pkg.id())).isNull();
        assertThat(carrier.weightsSentFor(pkg.packageNo())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT measured_weight_grams FROM oms_package WHERE id = ?", Integer.class, pkg.id()))
                .isEqualTo(735);
    }

    @Test
    void anUnansweredUpdateIsSentAgainAfterTheBackOffAndAWeighingAgainSendsTheNewWeight() {
        // given
        carrier.updatesWeights(true);
        carrier.nextWeight(FakeCarrier.WeightBehaviour.UNREACHABLE);
        scanOut.weigh(pkg.id(), 735, null, AT);

        // when the carrier does not answer
        weights.relay().relayDue(EVERYTHING);

        // then the row waits for another attempt
        assertThat(updates.findByPackage(pkg.id())).satisfies(u -> {
            assertThat(u.status()).isEqualTo(WeightUpdateStatus.PENDING);
            assertThat(u.attempts()).isEqualTo(1);
            assertThat(u.lastError()).contains("read timed out");
        });

        // when the packer weighs again before the back-off has passed, and the relay runs
        scanOut.weigh(pkg.id(), 760, null, AT);
        weights.relay().relayDue(EVERYTHING);

        // then the new weight is sent at once, and the old one is not sent again
        assertThat(carrier.weightsSentFor(pkg.packageNo())).containsExactly(735, 760);
        assertThat(updates.findByPackage(pkg.id())).satisfies(u -> {
            assertThat(u.status()).isEqualTo(WeightUpdateStatus.SENT);
            assertThat(u.weightGrams()).isEqualTo(760);
        });

        // when the back-off of the first attempt passes
        clock.advance(Duration.ofMinutes(5));
        weights.relay().relayDue(EVERYTHING);

        // then nothing more is sent
        assertThat(carrier.weightsSentFor(pkg.packageNo())).containsExactly(735, 760);
    }

    @Test
    void aRefusalIsFinalAndNotedOnTheOrderWithTheCarriersReason() {
        // given
        carrier.updatesWeights(true);
        carrier.nextWeight(FakeCarrier.WeightBehaviour.REFUSE);
        scanOut.weigh(pkg.id(), 735, null, AT);

        // when
        weights.relay().relayDue(EVERYTHING);
        clock.advance(Duration.ofMinutes(5));
        weights.relay().relayDue(EVERYTHING);

        // then
        assertThat(carrier.weightsSentFor(pkg.packageNo())).containsExactly(735);
        assertThat(updates.findByPackage(pkg.id())).satisfies(u -> {
            assertThat(u.status()).isEqualTo(WeightUpdateStatus.REFUSED);
            assertThat(u.lastError()).contains("weighed at the depot already");
        });
        assertThat(history())
                .anySatisfy(h -> assertThat(h)
                        .startsWith(FakeCarrier.CARRIER + " refused weight 735 g of package " + pkg.packageNo())
                        .contains("(WEIGHED)"));
    }

    @Test
    void aCarrierThatNeverAnswersFailsTheRowAfterItsAttempts() {
        // given
        carrier.updatesWeights(true);
        for (int i = 0; i < 10; i++) {
            carrier.nextWeight(FakeCarrier.WeightBehaviour.UNREACHABLE);
        }
        scanOut.weigh(pkg.id(), 735, null, AT);

        // when the relay tries until it gives up
        for (int round = 0; round < 10; round++) {
            weights.relay().relayDue(EVERYTHING);
            clock.advance(Duration.ofHours(2));
        }

        // then
        assertThat(updates.findByPackage(pkg.id()).status()).isEqualTo(WeightUpdateStatus.FAILED);
        assertThat(carrier.weightsSentFor(pkg.packageNo())).hasSize(6);
        assertThat(history()).anySatisfy(h -> assertThat(h).startsWith("could not send weight 735 g"));
    }

    private List<String> history() {
        return jdbc.queryForList(
                "SELECT reason FROM oms_order_history WHERE order_id = ? ORDER BY id", String.class, order.id());
    }

    private void drain() {
        for (int round = 0; round < 10 && weights.relay().relayDue(EVERYTHING) > 0; round++) {
            // rows other tests left due go first
        }
    }
}

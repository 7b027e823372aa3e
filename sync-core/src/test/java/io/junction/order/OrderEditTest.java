package io.junction.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.channel.Address;
import io.junction.channel.ChannelOrder;
import io.junction.channel.PlatformState;
import io.junction.logistics.PreAdviceService;
import io.junction.testing.FakeCarrier;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person edits an order's ship-to and quantities before its parcel is requested; syncs keep the edits. */
class OrderEditTest extends FakeShopTest {

    @Autowired
    OrderEditService edits;

    @Autowired
    PreAdviceService preAdvice;

    ChannelOrder paid;
    Order order;

    @BeforeEach
    void anOrderToReview() {
        paid = fixtures.paidOrder(mug);
        order = fixtures.ingest(shop, paid).get(0);
    }

    @Test
    void anEditedAddressIsStoredRememberedAsEditedAndRecordedInTheHistory() {
        // when
        Order edited = edits.editShipTo(order.id(), newAddress("60601", "555-0199"), "clerk");

        // then
        assertThat(edited.shipPostalCode()).isEqualTo("60601");
        assertThat(edited.shipPhone()).isEqualTo("555-0199");
        assertThat(edits.localEdits(order.id()))
                .extracting(LocalEdit::field, LocalEdit::platformValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("postalCode", "62701"),
                        org.assertj.core.groups.Tuple.tuple("phone", "555-0100"));
        assertThat(orders.history(order.id())).last().satisfies(h -> {
            assertThat(h.actor()).isEqualTo("clerk");
            assertThat(h.reason()).contains("postalCode \"62701\" → \"60601\"");
        });
    }

    @Test
    void aPlatformChangeOfAnEditedFieldIsFlaggedAndNeverOverwritesTheEdit() {
        // given the clerk fixed the postal code
        edits.editShipTo(order.id(), newAddress("60601", "555-0100"), "clerk");

        // when the platform sends another postal code and a new city
        Address theirs =
                new Address("Ada Lovelace", null, "1 Main St", null, "Chicago", "IL", "60999", "US", "555-0100");
        fixtures.ingest(shop, Fixtures.withShipTo(paid, theirs, paid.updatedAt().plusSeconds(60)));

        // then the edit stays, the platform's new value awaits a person, and the unedited city is taken
        Order now = orders.findById(order.id());
        assertThat(now.shipPostalCode()).isEqualTo("60601");
        assertThat(now.shipCity()).isEqualTo("Chicago");
        assertThat(edits.localEdits(order.id())).singleElement().satisfies(e -> {
            assertThat(e.platformChanged()).isTrue();
            assertThat(e.platformChangedTo()).isEqualTo("60999");
        });
        assertThat(orders.history(order.id()))
                .anySatisfy(h -> assertThat(h.reason()).contains("changed the edited postalCode to \"60999\""));

        // when a person takes the platform's value
        edits.resolve(order.id(), "postalCode", OrderEditService.Resolution.TAKE_PLATFORM, "clerk");

        // then it is the order's, and no longer an edit
        assertThat(orders.findById(order.id()).shipPostalCode()).isEqualTo("60999");
        assertThat(edits.localEdits(order.id())).isEmpty();
    }

    @Test
    void aSyncThatRepeatsThePlatformsOldValueLeavesTheEditUnflagged() {
        // given
        edits.editShipTo(order.id(), newAddress("60601", "555-0100"), "clerk");

        // when the platform sends the order again (a status change) with its old address
        fixtures.ingest(
                shop,
                Fixtures.changed(
                        paid, PlatformState.READY_TO_SHIP, paid.updatedAt().plusSeconds(30)));

        // then
        assertThat(orders.findById(order.id()).shipPostalCode()).isEqualTo("60601");
        assertThat(edits.localEdits(order.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.platformChanged()).isFalse());
    }

    @Test
    void afterACarrierRefusalTheAddressIsFixedAndTheRequestRetriedWithIt() {
        // given the carrier refused the postal code
        Order allocated = pipeline.allocated(order);
        carrier.next(FakeCarrier.Behaviour.REJECT);
        assertThat(preAdvice.requestTracking(List.of(allocated.id()), "clerk").failed())
                .hasSize(1);
        OrderPackage pkg = pipeline.packageOf(allocated);
        assertThat(pkg.preadviceStatus()).isEqualTo(PreAdviceStatus.REJECTED);

        // when the clerk fixes it and retries
        edits.editShipTo(allocated.id(), newAddress("60601", "555-0100"), "clerk");
        assertThat(preAdvice.requestTracking(List.of(allocated.id()), "clerk").succeeded())
                .containsExactly(allocated.id());

        // then the carrier received the fixed address
        assertThat(carrier.lastRequest(pkg.packageNo()).recipient().postalCode())
                .isEqualTo("60601");
    }

    @Test
    void anAddressCannotChangeOnceTheParcelIsRequested() {
        // given
        Order tracked = pipeline.tracked(order);

        // when / then
        assertThatThrownBy(() -> edits.editShipTo(tracked.id(), newAddress("60601", "555-0100"), "clerk"))
                .isInstanceOfSatisfying(
                        OrderActionException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(Refusal.EDIT_WRONG_STATUS));
        assertThat(orders.findById(tracked.id()).shipPostalCode()).isEqualTo("62701");
    }

    @Test
    void anAddressCannotChangeWhileAParcelIsCreatedForAnOrderStillWaitingForTracking() {
        // given a parcel created whose tracking number has not come yet
        Order allocated = pipeline.allocated(order);
        OrderPackage pkg = pipeline.packageOf(allocated);
        jdbc.update("UPDATE oms_package SET preadvice_status = 'CREATED' WHERE id = ?", pkg.id());

        // when / then
        assertThatThrownBy(() -> edits.editShipTo(allocated.id(), newAddress("60601", "555-0100"), "clerk"))
                .isInstanceOfSatisfying(
                        OrderActionException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(Refusal.PARCEL_REQUESTED));
    }

    @Test
    void quantitiesChangeBeforeAllocationAndAreRefusedOnceStockIsReserved() {
        // given
        long lineId = orders.lines(order.id()).get(0).id();

        // when
        edits.editQuantities(order.id(), Map.of(lineId, 3), "clerk");

        // then
        assertThat(orders.lines(order.id()).get(0).quantity()).isEqualTo(3);
        assertThat(orders.history(order.id()))
                .last()
                .satisfies(h -> assertThat(h.reason()).contains("1 → 3"));

        // when allocated, a further change is refused
        Order allocated = pipeline.allocated(orders.findById(order.id()));
        assertThatThrownBy(() -> edits.editQuantities(allocated.id(), Map.of(lineId, 2), "clerk"))
                .isInstanceOfSatisfying(
                        OrderActionException.class,
                        e -> assertThat(e.refusal().code()).isEqualTo(Refusal.QUANTITY_AFTER_ALLOCATION));
        assertThat(orders.lines(order.id()).get(0).quantity()).isEqualTo(3);
    }

    private static Address newAddress(String postalCode, String phone) {
        return new Address("Ada Lovelace", null, "1 Main St", null, "Springfield", "IL", postalCode, "US", phone);
    }
}

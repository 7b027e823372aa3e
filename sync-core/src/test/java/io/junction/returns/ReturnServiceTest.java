package io.junction.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.order.Order;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReturnServiceTest extends ShippedMugAndPlateTest {

    @Autowired
    ReturnService returns;

    @Test
    void aReturnOfAShippedOrderIsRegisteredAsRequestedWithItsLines() {
        // when
        Return ret = returns.register(shipped.id(), "broken on arrival", requested(mugLine, 1), "clerk");

        // then
        assertThat(ret.status()).isEqualTo(ReturnStatus.REQUESTED);
        assertThat(ret.orderId()).isEqualTo(shipped.id());
        assertThat(ret.reason()).isEqualTo("broken on arrival");
        assertThat(ret.createdBy()).isEqualTo("clerk");
        assertThat(ret.lines()).singleElement().satisfies(l -> {
            assertThat(l.orderLineId()).isEqualTo(mugLine.id());
            assertThat(l.quantity()).isEqualTo(1);
            assertThat(l.platformSku()).isEqualTo(mug.sku());
        });
        assertThat(jdbc.queryForObject("SELECT status FROM rma_return WHERE id = ?", String.class, ret.id()))
                .isEqualTo("REQUESTED");
    }

    @Test
    void noMoreIsReturnedThanShippedMinusWhatWasReturnedAlready() {
        // given
        returns.register(shipped.id(), "wrong colour", requested(mugLine, 1), "clerk");

        // when / then
        assertThatThrownBy(() -> returns.register(shipped.id(), "again", requested(mugLine, 1), "clerk"))
                .isInstanceOfSatisfying(ReturnRefusedException.class, e -> {
                    assertThat(e.conflict()).isTrue();
                    assertThat(e.problems())
                            .singleElement()
                            .satisfies(p -> assertThat(p.refusal().code())
                                    .isEqualTo(ReturnRefusedException.MORE_THAN_RETURNABLE));
                });
        assertThat(returns.returnable(shipped.id())).isEqualTo(Map.of(mugLine.id(), 0, plateLine.id(), 1));
    }

    @Test
    void aBadRequestIsRefusedWithEveryReasonAndRegistersNothing() {
        // when / then
        assertRefusedAsBadInput(
                () -> returns.register(
                        shipped.id(),
                        " ",
                        List.of(
                                new ReturnService.RequestedLine(mugLine.id(), 0),
                                new ReturnService.RequestedLine(987654321L, 1),
                                new ReturnService.RequestedLine(plateLine.id(), 2)),
                        "clerk"),
                ReturnRefusedException.REASON_REQUIRED,
                ReturnRefusedException.QUANTITY_NOT_POSITIVE,
                ReturnRefusedException.NOT_ORDER_LINE,
                ReturnRefusedException.MORE_THAN_RETURNABLE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rma_return WHERE order_id = ?", Long.class, shipped.id()))
                .isZero();
    }

    @Test
    void anOrderNotShippedYetTakesNoReturn() {
        // given
        Order waiting = syncedOrder(mug);
        long line = orders.lines(waiting.id()).get(0).id();

        // when / then
        assertThatThrownBy(() -> returns.register(
                        waiting.id(), "changed mind", List.of(new ReturnService.RequestedLine(line, 1)), "clerk"))
                .isInstanceOfSatisfying(
                        ReturnRefusedException.class,
                        e -> assertThat(e.problems().get(0).refusal().code())
                                .isEqualTo(ReturnRefusedException.NOT_SHIPPED));
    }

    @Test
    void receivingRestocksThroughTheLedgerAtTheScannedBinAndScrapsTheRest() {
        // given
        Return ret = returns.register(
                shipped.id(),
                "buyer changed mind",
                List.of(
                        new ReturnService.RequestedLine(mugLine.id(), 1),
                        new ReturnService.RequestedLine(plateLine.id(), 1)),
                "clerk");
        int mugsBefore = fixtures.stockOf(mug).onHand();
        int platesBefore = fixtures.stockOf(plate).onHand();

        // when
        Return received = returns.receive(
                ret.id(),
                List.of(
                        new ReturnService.ReceivedLine(mugLine.id(), 1, Disposition.RESTOCK, "R-01-02"),
                        new ReturnService.ReceivedLine(plateLine.id(), 1, Disposition.SCRAP, null)),
                "packer");

        // then
        assertThat(received.status()).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(received.receivedBy()).isEqualTo("packer");
        assertThat(received.lines())
                .extracting(ReturnLine::restocked, ReturnLine::scrapped, ReturnLine::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 0, "R-01-02"),
                        org.assertj.core.groups.Tuple.tuple(0, 1, null));
        assertThat(fixtures.stockOf(mug).onHand()).isEqualTo(mugsBefore + 1);
        assertThat(fixtures.stockOf(mug).location()).isEqualTo("R-01-02");
        assertThat(fixtures.stockOf(plate).onHand()).isEqualTo(platesBefore);
        assertThat(jdbc.queryForList(
                        "SELECT kind, quantity, reference FROM wms_stock_movement WHERE sku_id = ? AND kind = 'RETURN'",
                        mug.id()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("QUANTITY")).isEqualTo(1);
                    assertThat(row.get("REFERENCE")).isEqualTo("RETURN:" + ret.id());
                });
    }

    @Test
    void aReturnIsReceivedOnceAndNeverMoreThanItAnnounced() {
        // given
        Return ret = returns.register(shipped.id(), "too small", requested(mugLine, 1), "clerk");

        // when / then: more than announced
        assertThatThrownBy(() -> returns.receive(
                        ret.id(),
                        List.of(
                                new ReturnService.ReceivedLine(mugLine.id(), 1, Disposition.RESTOCK, null),
                                new ReturnService.ReceivedLine(mugLine.id(), 1, Disposition.SCRAP, null)),
                        "packer"))
                .isInstanceOfSatisfying(
                        ReturnRefusedException.class,
                        e -> assertThat(e.problems().get(0).refusal().code())
                                .isEqualTo(ReturnRefusedException.MORE_THAN_RETURNED));
        int before = fixtures.stockOf(mug).onHand();

        // when received, then a second receipt is refused and moves no stock
        returns.receive(
                ret.id(),
                List.of(new ReturnService.ReceivedLine(mugLine.id(), 1, Disposition.RESTOCK, null)),
                "packer");
        assertThatThrownBy(() -> returns.receive(
                        ret.id(),
                        List.of(new ReturnService.ReceivedLine(mugLine.id(), 1, Disposition.RESTOCK, null)),
                        "packer"))
                .isInstanceOfSatisfying(
                        ReturnRefusedException.class,
                        e -> assertThat(e.conflict()).isTrue());
        assertThat(fixtures.stockOf(mug).onHand()).isEqualTo(before + 1);
    }

    @Test
    void aReceivedReturnClosesWithItsRefundAsInformation() {
        // given
        Return ret = returns.register(shipped.id(), "late", requested(plateLine, 1), "clerk");

        // when closing before it is received
        assertThatThrownBy(() -> returns.close(ret.id(), null, null, "clerk"))
                .isInstanceOf(ReturnRefusedException.class);
        returns.receive(
                ret.id(),
                List.of(new ReturnService.ReceivedLine(plateLine.id(), 1, Disposition.SCRAP, null)),
                "packer");
        Return closed = returns.close(ret.id(), new BigDecimal("9.99"), "refunded on the platform", "clerk");

        // then
        assertThat(closed.status()).isEqualTo(ReturnStatus.CLOSED);
        assertThat(closed.refundAmount()).isEqualByComparingTo("9.99");
        assertThat(closed.refundNote()).isEqualTo("refunded on the platform");
        assertThat(closed.closedBy()).isEqualTo("clerk");
    }

    @Test
    void aScannedBarcodesSkuFindsTheReturnLineItShippedAs() {
        // given
        Return ret = returns.register(shipped.id(), "damaged", requested(plateLine, 1), "clerk");

        // when / then
        assertThat(returns.lineOfSku(ret.id(), plate.id())).contains(plateLine.id());
        assertThat(returns.lineOfSku(ret.id(), mug.id())).isEmpty();
    }

    @Test
    void anUnknownReturnOrOrderIsNotFound() {
        // when / then
        assertThatThrownBy(() -> returns.get(987654321L)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> returns.register(987654321L, "x", List.of(), "clerk"))
                .isInstanceOf(NoSuchElementException.class);
    }
}

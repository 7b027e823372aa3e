package io.junction.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.junction.order.Order;
import io.junction.sku.WarehouseSku;
import io.junction.testing.EmptyFakeShopTest;
import io.junction.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Receipts and adjustments: checked whole before any unit moves, each unit through the ledger. */
class StockServiceTest extends EmptyFakeShopTest {

    @Autowired
    StockService stock;

    @Autowired
    StockMapper ledger;

    WarehouseSku mug;
    WarehouseSku plate;

    @BeforeEach
    void twoSkus() {
        mug = fixtures.sku(2);
        plate = fixtures.sku(0);
    }

    @Test
    void aReceiptPutsEachLineOnHandInItsBinWithOneMovementEach() {
        // given
        String reference = Fixtures.unique("PO");

        // when one line names the SKU by code, the other by its barcode
        StockService.Receipt receipt = stock.receive(
                reference,
                List.of(
                        new StockService.ReceiptLine(mug.sku(), null, 10, "C-02-01"),
                        new StockService.ReceiptLine(null, Fixtures.barcodeOf(plate.sku()), 4, " ")),
                "receiver");

        // then
        assertThat(receipt.lines())
                .extracting(
                        StockService.Receipt.Received::skuCode,
                        StockService.Receipt.Received::quantity,
                        StockService.Receipt.Received::location)
                .containsExactly(tuple(mug.sku(), 10, "C-02-01"), tuple(plate.sku(), 4, plate.location()));
        assertThat(fixtures.stockOf(mug).onHand()).isEqualTo(12);
        assertThat(fixtures.stockOf(mug).location()).isEqualTo("C-02-01");
        assertThat(fixtures.stockOf(plate).onHand()).isEqualTo(4);
        assertThat(fixtures.stockOf(plate).location()).isEqualTo(plate.location());
        assertThat(ledger.movements(mug.id(), null, null, 10)).last().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MovementKind.RECEIPT);
            assertThat(m.quantity()).isEqualTo(10);
            assertThat(m.reference()).isEqualTo("RECEIPT:" + reference);
            assertThat(m.actor()).isEqualTo("receiver");
        });
    }

    @Test
    void aReceiptWithAnyBadLineIsRefusedWholeNamingEveryBadLine() {
        // given a good line, an unknown barcode, a quantity of zero and an unknown code
        List<StockService.ReceiptLine> lines = List.of(
                new StockService.ReceiptLine(mug.sku(), null, 5, null),
                new StockService.ReceiptLine(null, "0000000000000", 1, null),
                new StockService.ReceiptLine(plate.sku(), null, 0, null),
                new StockService.ReceiptLine("NO-SUCH-SKU", null, -2, null));

        // when / then
        assertThatThrownBy(() -> stock.receive(Fixtures.unique("PO"), lines, "receiver"))
                .isInstanceOfSatisfying(StockRefusedException.class, e -> {
                    assertThat(e.conflict()).isFalse();
                    assertThat(e.problems())
                            .extracting(
                                    StockRefusedException.Problem::line,
                                    StockRefusedException.Problem::field,
                                    p -> p.refusal().code())
                            .containsExactly(
                                    tuple(2, "lines[1].barcode", StockRefusedException.UNKNOWN_BARCODE),
                                    tuple(3, "lines[2].quantity", StockRefusedException.QUANTITY_NOT_POSITIVE),
                                    tuple(4, "lines[3].skuCode", StockRefusedException.UNKNOWN_SKU),
                                    tuple(4, "lines[3].quantity", StockRefusedException.QUANTITY_NOT_POSITIVE));
                });
        assertThat(fixtures.stockOf(mug).onHand()).isEqualTo(2);
        assertThat(ledger.movements(mug.id(), null, null, 10)).hasSize(1);
    }

    @Test
    void aReceiptIsBookedOnceWhateverItsReferenceIsSentAgain() {
        // given
        String reference = Fixtures.unique("PO");
        stock.receive(reference, List.of(new StockService.ReceiptLine(mug.sku(), null, 3, null)), "receiver");

        // when / then
        assertThatThrownBy(() -> stock.receive(
                        reference, List.of(new StockService.ReceiptLine(mug.sku(), null, 3, null)), "receiver"))
                .isInstanceOfSatisfying(StockRefusedException.class, e -> {
                    assertThat(e.conflict()).isTrue();
                    assertThat(e.problems())
                            .singleElement()
                            .satisfies(p ->
                                    assertThat(p.refusal().code()).isEqualTo(StockRefusedException.RECEIPT_EXISTS));
                });
        assertThat(fixtures.stockOf(mug).onHand()).isEqualTo(5);
    }

    @Test
    void anAdjustmentNeedsAReasonAndNeverTakesOnHandBelowWhatOrdersHold() {
        // given two of the mug's units reserved by an allocated order
        Order order = pipeline.allocated(syncedOrder(mug, mug));
        assertThat(fixtures.stockOf(mug).reserved()).isEqualTo(2);

        // when / then: without a reason, or by zero, refused as bad input
        assertThatThrownBy(() -> stock.adjust(mug.sku(), 0, " ", "counter"))
                .isInstanceOfSatisfying(
                        StockRefusedException.class,
                        e -> assertThat(e.problems())
                                .extracting(StockRefusedException.Problem::field)
                                .containsExactly("delta", "reason"));
        // below the reserved units: a conflict, nothing changed
        assertThatThrownBy(() -> stock.adjust(mug.sku(), -1, "broken", "counter"))
                .isInstanceOfSatisfying(StockRefusedException.class, e -> {
                    assertThat(e.conflict()).isTrue();
                    assertThat(e.problems().get(0).refusal().args()).containsExactly(mug.sku(), 2, -1, 2);
                });
        assertThat(fixtures.stockOf(mug).onHand()).isEqualTo(2);

        // when a count finds three more
        WarehouseSku counted = stock.adjust(mug.sku(), 3, "  yearly count ", "counter");

        // then
        assertThat(counted.onHand()).isEqualTo(5);
        assertThat(ledger.movements(mug.id(), null, null, 10))
                .extracting(
                        StockMovement::kind, StockMovement::quantity, StockMovement::reference, StockMovement::reason)
                .containsExactly(
                        tuple(MovementKind.ADJUSTMENT, 2, null, "opening stock"),
                        tuple(MovementKind.RESERVE, 2, "ORDER:" + order.id(), null),
                        tuple(MovementKind.ADJUSTMENT, 3, null, "yearly count"));
    }
}

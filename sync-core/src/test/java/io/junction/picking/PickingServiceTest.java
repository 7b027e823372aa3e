package io.junction.picking;

import static io.junction.testing.Pdfs.KEY_CAPTIONS;
import static io.junction.testing.Pdfs.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.order.Order;
import io.junction.order.Refusal;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeShopTest;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pick list, picking slips and packing slips of a wave of allocated orders. */
class PickingServiceTest extends FakeShopTest {

    @Autowired
    PickingService picking;

    WarehouseSku plate;
    Order mugAndPlate;
    Order twoMugs;

    @BeforeEach
    void twoAllocatedOrdersSharingTheMug() {
        plate = fixtures.sku(10);
        jdbc.update("UPDATE wms_sku SET location = 'B-10' WHERE id = ?", mug.id());
        jdbc.update("UPDATE wms_sku SET location = 'B-2' WHERE id = ?", plate.id());
        mugAndPlate = pipeline.allocated(syncedOrder(mug, plate));
        twoMugs = pipeline.tracked(syncedOrder(mug, mug));
        jdbc.update(
                "UPDATE oms_order SET buyer_note = 'Please gift wrap', seller_note = '送小样' WHERE id = ?", twoMugs.id());
    }

    @Test
    void theWavesPickListSumsEachSkuAndWalksTheBinsInOrder() throws IOException {
        // when
        PickingService.Wave wave = picking.wave(List.of(mugAndPlate.id(), twoMugs.id()));
        String text = textOf(picking.pickList(List.of(mugAndPlate.id(), twoMugs.id()), KEY_CAPTIONS));

        // then
        assertThat(PickList.of(wave.lines()))
                .extracting(PickRow::sku, PickRow::location, PickRow::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(plate.sku(), "B-2", 1),
                        org.assertj.core.groups.Tuple.tuple(mug.sku(), "B-10", 3));
        assertThat(text).contains("[pick-list.summary [2, 2, 4]]");
        assertThat(text.indexOf(plate.sku())).isLessThan(text.indexOf(mug.sku()));
        assertThat(text).contains("BC" + mug.sku());
    }

    @Test
    void eachOrderHasAPickingSlipWithItsNotes() throws IOException {
        // when
        String text = textOf(picking.pickList(List.of(mugAndPlate.id(), twoMugs.id()), KEY_CAPTIONS));

        // then
        assertThat(text)
                .contains("[picking-slip.title [" + mugAndPlate.platformOrderId())
                .contains("[picking-slip.title [" + twoMugs.platformOrderId())
                .contains("[note.buyer [Please gift wrap]]")
                .contains("[note.seller [送小样]]")
                .contains("[note.seller [—]]");
    }

    @Test
    void eachOrderHasAPackingSlipWithWhereItGoesAndWhatIsInIt() throws IOException {
        // when
        String text = textOf(picking.packingSlips(List.of(mugAndPlate.id(), twoMugs.id()), KEY_CAPTIONS));

        // then
        try (PDDocument document = Loader.loadPDF(picking.packingSlips(List.of(mugAndPlate.id()), KEY_CAPTIONS))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(text)
                .contains("Ada Lovelace")
                .contains("Springfield, IL, 62701")
                .contains("[packing-slip.total [2]]")
                .contains(mug.sku());
    }

    @Test
    void anOrderNotYetAllocatedIsRefusedByNameAndNothingIsDrawn() {
        // given
        Order waiting = syncedOrder(mug);

        // when / then
        assertThatThrownBy(() -> picking.pickList(List.of(mugAndPlate.id(), waiting.id(), -1L), KEY_CAPTIONS))
                .isInstanceOf(PickingRefusedException.class)
                .satisfies(e -> assertThat(((PickingRefusedException) e).refusals())
                        .containsExactly(
                                Refusal.of(
                                        PickingRefusedException.NOT_ALLOCATED,
                                        waiting.platformOrderId(),
                                        waiting.status()),
                                Refusal.of(PickingRefusedException.NO_SUCH_ORDER, -1L)));
    }
}

package io.junction.picking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A wave's pick list: quantities summed per SKU, in the order of the bins a picker walks. */
class PickListTest {

    @Test
    void quantitiesAreSummedPerSkuAcrossTheWavesOrders() {
        // given
        List<PickLine> lines = List.of(
                line(1, 10, "JN-MUG-001", "A-1", 2),
                line(1, 11, "JN-SOCK-005", "A-2", 1),
                line(2, 10, "JN-MUG-001", "A-1", 3),
                line(3, 11, "JN-SOCK-005", "A-2", 4),
                line(3, 10, "JN-MUG-001", "A-1", 1));

        // when
        List<PickRow> rows = PickList.of(lines);

        // then
        assertThat(rows)
                .extracting(PickRow::sku, PickRow::quantity, PickRow::orders)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("JN-MUG-001", 6, 3),
                        org.assertj.core.groups.Tuple.tuple("JN-SOCK-005", 5, 2));
    }

    @Test
    void rowsFollowTheBinsNumbersByValueAndSkusWithoutABinComeLast() {
        // given
        List<PickLine> lines = List.of(
                line(1, 1, "NO-BIN", null, 1),
                line(1, 2, "SHELF-10", "a-10-01", 1),
                line(1, 3, "SHELF-2", "A-2-05", 1),
                line(1, 4, "SHELF-B", "B-1-01", 1),
                line(1, 5, "SHELF-2B", "A-2-10", 1));

        // when
        List<PickRow> rows = PickList.of(lines);

        // then
        assertThat(rows)
                .extracting(PickRow::sku)
                .containsExactly("SHELF-2", "SHELF-2B", "SHELF-10", "SHELF-B", "NO-BIN");
    }

    @Test
    void aRowShowsItsImagesFileNameAndItsBarcodeOrElseItsCode() {
        // given
        PickLine withBarcode = new PickLine(
                1, "P1", 1, "JN-MUG-001", "Mug", "A-1", "https://cdn.example/img/mug-red.jpg?w=200", "690123", 1);
        PickLine withoutBarcode = new PickLine(1, "P1", 2, "JN-LAMP-004", "Lamp", "A-2", null, null, 1);

        // when
        List<PickRow> rows = PickList.of(List.of(withBarcode, withoutBarcode));

        // then
        assertThat(rows.get(0).imageName()).isEqualTo("mug-red.jpg");
        assertThat(rows.get(0).barcodeValue()).isEqualTo("690123");
        assertThat(rows.get(1).imageName()).isNull();
        assertThat(rows.get(1).barcodeValue()).isEqualTo("JN-LAMP-004");
    }

    static PickLine line(long orderId, long skuId, String sku, String location, int quantity) {
        return new PickLine(orderId, "P" + orderId, skuId, sku, sku + " name", location, null, null, quantity);
    }
}

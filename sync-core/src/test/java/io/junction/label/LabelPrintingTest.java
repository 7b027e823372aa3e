package io.junction.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.junction.order.Order;
import io.junction.order.OrderPackage;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeCarrier;
import io.junction.testing.FakeShopTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Labels kept once fetched, Junction's own where the method chooses it, in the order and for the carrier chosen. */
class LabelPrintingTest extends FakeShopTest {

    @Autowired
    LabelService labels;

    @Autowired
    LabelStoreMapper store;

    @Test
    void aCarrierLabelIsFetchedOnceAndAReprintReadsTheKeptOne() throws IOException {
        // given
        carrier.printLabels(true);
        Order order = pipeline.tracked(syncedOrder(mug));
        OrderPackage pkg = pipeline.packageOf(order);
        int callsBefore = carrier.labelCalls();

        // when
        byte[] first = labels.mergedLabels(List.of(order.id()), "clerk");
        byte[] reprint = labels.mergedLabels(List.of(order.id()), "clerk");

        // then
        assertThat(carrier.labelCalls() - callsBefore).isEqualTo(1);
        assertThat(pages(first)).containsExactly("FAKECARRIER LABEL " + pkg.trackingNumber());
        assertThat(pages(reprint)).containsExactly("FAKECARRIER LABEL " + pkg.trackingNumber());
        assertThat(store.findByPackages(List.of(pkg.id())))
                .singleElement()
                .satisfies(kept -> assertThat(kept.trackingNumber()).isEqualTo(pkg.trackingNumber()));
    }

    @Test
    void aMethodThatChoosesJunctionsLabelPrintsItWithoutAskingTheCarrier() throws IOException {
        // given
        Order order = pipeline.tracked(syncedOrder(mug));
        OrderPackage pkg = pipeline.packageOf(order);
        store.setLabelSource(pkg.logisticsMethodId(), LabelSource.JUNCTION);
        int callsBefore = carrier.labelCalls();

        // when
        byte[] pdf = labels.mergedLabels(List.of(order.id()), "clerk");

        // then the shop ships from China to the US: a cross-border label with its CN22
        assertThat(carrier.labelCalls()).isEqualTo(callsBefore);
        assertThat(pages(pdf))
                .singleElement()
                .satisfies(page -> assertThat(page)
                        .contains(pkg.trackingNumber())
                        .contains("Ada Lovelace")
                        .contains(order.platformOrderId())
                        .contains(mug.sku() + " ×1")
                        .contains("CUSTOMS DECLARATION CN 22"));
        assertThat(pipeline.packageOf(order).printCount()).isEqualTo(1);
    }

    @Test
    void labelsComeOutInTheOrderOnScreenOrByBinAsTheClerkChooses() throws IOException {
        // given two orders, the second's SKU in the nearer bin
        WarehouseSku far = fixtures.sku(5);
        WarehouseSku near = fixtures.sku(5);
        jdbc.update("UPDATE wms_sku SET location = 'Z-20' WHERE id = ?", far.id());
        jdbc.update("UPDATE wms_sku SET location = 'A-3' WHERE id = ?", near.id());
        Order first = pipeline.tracked(syncedOrder(far));
        Order second = pipeline.tracked(syncedOrder(near));
        store.setLabelSource(pipeline.packageOf(first).logisticsMethodId(), LabelSource.JUNCTION);
        String firstTracking = pipeline.packageOf(first).trackingNumber();
        String secondTracking = pipeline.packageOf(second).trackingNumber();

        // when
        byte[] onScreen = labels.mergedLabels(
                new LabelSelection(List.of(second.id(), first.id()), LabelSort.SCREEN, null, null), "clerk");
        byte[] byBin = labels.mergedLabels(
                new LabelSelection(List.of(first.id(), second.id()), LabelSort.BIN, null, null), "clerk");
        byte[] bySku = labels.mergedLabels(
                new LabelSelection(List.of(first.id(), second.id()), LabelSort.SKU, null, null), "clerk");

        // then
        assertThat(pages(onScreen))
                .satisfiesExactly(
                        p -> assertThat(p).contains(secondTracking),
                        p -> assertThat(p).contains(firstTracking));
        assertThat(pages(byBin))
                .satisfiesExactly(
                        p -> assertThat(p).contains(secondTracking),
                        p -> assertThat(p).contains(firstTracking));
        boolean farFirst = far.sku().compareTo(near.sku()) < 0;
        assertThat(pages(bySku).get(0)).contains(farFirst ? firstTracking : secondTracking);
    }

    @Test
    void aBatchFilteredByCarrierOrMethodLeavesTheOthersOut() {
        // given
        Order order = pipeline.tracked(syncedOrder(mug));
        store.setLabelSource(pipeline.packageOf(order).logisticsMethodId(), LabelSource.JUNCTION);

        // when / then
        assertThatThrownBy(() ->
                        labels.mergedLabels(new LabelSelection(List.of(order.id()), null, "YUNEXPRESS", null), "clerk"))
                .isInstanceOf(LabelException.class)
                .satisfies(e -> assertThat(((LabelException) e).refusals())
                        .extracting(r -> r.code())
                        .containsExactly(LabelException.NONE_SELECTED));
        assertThat(labels.mergedLabels(
                        new LabelSelection(List.of(order.id()), null, FakeCarrier.CARRIER, null), "clerk"))
                .isNotEmpty();
        assertThatThrownBy(() -> labels.mergedLabels(
                        new LabelSelection(List.of(order.id()), null, null, "no-such-method"), "clerk"))
                .isInstanceOf(LabelException.class);
    }

    @Test
    void zplIsRefusedForAParcelThatCarriesItsCarriersLabel() {
        // given
        Order order = pipeline.tracked(syncedOrder(mug));

        // when / then
        assertThatThrownBy(() -> labels.zplLabels(LabelSelection.of(List.of(order.id())), "clerk"))
                .isInstanceOf(LabelException.class)
                .satisfies(e -> assertThat(((LabelException) e).refusals())
                        .extracting(r -> r.code())
                        .containsExactly(LabelException.CARRIER_LABEL_NO_ZPL));
        assertThat(pipeline.packageOf(order).printCount()).isZero();
    }

    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).strip());
            }
            return pages;
        }
    }
}

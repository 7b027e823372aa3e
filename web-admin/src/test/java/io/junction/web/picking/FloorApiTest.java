package io.junction.web.picking;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.order.PackageMapper;
import io.junction.web.ApiClient;
import io.junction.web.SignedInApiTest;
import io.junction.web.browser.DemoOrders;
import io.junction.web.order.OrderAction;
import io.junction.web.order.OrderActions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The warehouse floor through the API: pick lists and packing slips, tracking numbers entered by hand (one and a
 * sheet), and a hand-over batch from open to manifest.
 */
class FloorApiTest extends SignedInApiTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderMapper orders;

    @Autowired
    PackageMapper packages;

    @Autowired
    OrderActions actions;

    List<Long> allocated;

    @BeforeEach
    void twoAllocatedOrders() {
        DemoOrders demo = DemoOrders.of(context);
        allocated = demo.placeAndSync(2);
        demo.apply(OrderAction.AUDIT, allocated);
        demo.apply(OrderAction.ALLOCATE, allocated);
    }

    @Test
    void aPickListOfAllocatedOrdersIsAPdfAndAnUnknownOrderIsRefusedByName() throws IOException {
        // when
        ApiClient.Answer pickList = clerk.post("/api/v1/pick-lists", "{\"orderIds\":" + allocated + "}");
        ApiClient.Answer slips = clerk.post("/api/v1/packing-slips", "{\"orderIds\":" + allocated + "}");
        ApiClient.Answer refused = clerk.post("/api/v1/pick-lists", "{\"orderIds\":[" + allocated.get(0) + ",-5]}");

        // then
        assertThat(pickList.status()).isEqualTo(200);
        assertThat(pickList.contentType()).startsWith("application/pdf");
        assertThat(textOf(pickList.raw()))
                .contains("Pick list")
                .contains("Picking slip " + orders.findById(allocated.get(0)).platformOrderId());
        assertThat(textOf(slips.raw())).contains("Packing slip");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("codes").get(0).asString()).isEqualTo("no-such-order");
    }

    @Test
    void aTrackingNumberEnteredByHandMovesTheOrderOnAndABadSheetEntersNothing() throws IOException {
        // given
        long first = allocated.get(0);
        long second = allocated.get(1);
        String number = "FWD" + System.nanoTime();

        // when
        ApiClient.Answer entered =
                clerk.post("/api/v1/orders/" + first + "/manual-tracking", "{\"trackingNumber\":\"" + number + "\"}");
        ApiClient.Answer sheet = clerk.upload(
                "/api/v1/manual-tracking/import",
                "tracking.xlsx",
                sheet(
                        new String[] {orders.findById(second).platformOrderId(), "", "FWD2" + System.nanoTime()},
                        new String[] {"NO-SUCH-ORDER", "", "FWD3" + System.nanoTime()}));

        // then
        clerk.ok(entered);
        assertThat(orders.findById(first).status()).isEqualTo(OrderStatus.PENDING_PRINT);
        assertThat(packages.findByOrder(first).get(0).trackingNumber()).isEqualTo(number);
        assertThat(sheet.status()).isEqualTo(400);
        JsonNode errors = sheet.body().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("code").asString()).isEqualTo("no-such-order");
        assertThat(orders.findById(second).status()).isEqualTo(OrderStatus.PENDING_TRACKING);
    }

    @Test
    void aShippedParcelIsHandedOverAndTheClosedBatchAnswersItsManifest() throws IOException {
        // given one of the orders shipped
        long id = allocated.get(0);
        assertThat(actions.apply(OrderAction.REQUEST_TRACKING, List.of(id), "tester", null)
                        .failed())
                .isEmpty();
        clerk.ok(clerk.post("/api/v1/labels", "{\"orderIds\":[" + id + "]}"));
        assertThat(actions.apply(OrderAction.MARK_PRINTED, List.of(id), "tester", null)
                        .failed())
                .isEmpty();
        String tracking = packages.findByOrder(id).get(0).trackingNumber();
        packer.scanAndShip(tracking);

        // when
        JsonNode opened = packer.ok(packer.post("/api/v1/handovers", "{\"carrier\":\"YUNEXPRESS\"}"));
        long batch = opened.get("id").asLong();
        JsonNode scanned =
                packer.ok(packer.post("/api/v1/handovers/" + batch + "/parcels", "{\"code\":\"" + tracking + "\"}"));
        ApiClient.Answer again =
                packer.post("/api/v1/handovers/" + batch + "/parcels", "{\"code\":\"" + tracking + "\"}");
        ApiClient.Answer manifest = packer.post("/api/v1/handovers/" + batch + "/close", null);
        ApiClient.Answer afterClose =
                packer.post("/api/v1/handovers/" + batch + "/parcels", "{\"code\":\"" + tracking + "\"}");

        // then
        assertThat(scanned.get("count").asInt()).isEqualTo(1);
        assertThat(scanned.get("parcels").get(0).get("trackingNumber").asString())
                .isEqualTo(tracking);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asString()).isEqualTo("already-in-batch");
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(new String(manifest.raw(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(textOf(manifest.raw()))
                .contains("Hand-over manifest " + batch)
                .contains(tracking)
                .contains("Parcels: 1");
        assertThat(afterClose.status()).isEqualTo(409);
        assertThat(afterClose.body().get("code").asString()).isEqualTo("closed");
        assertThat(packer.post("/api/v1/handovers/999999999/parcels", "{\"code\":\"X\"}")
                        .status())
                .isEqualTo(404);
    }

    static byte[] sheet(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Tracking");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("order");
            header.createCell(1).setCellValue("packageNo");
            header.createCell(2).setCellValue("trackingNumber");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.aliexpress.simulator.AliExpressSimulator;
import io.junction.web.ApiClient;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * "A label in each script", the way a clerk prints: demo AliExpress orders to recipients in Chinese, Korean,
 * Cyrillic, Arabic and Hebrew, selected on the order list and printed with its button; every recipient's name
 * reads back from the PDF, drawn with embedded fonts (a printer without the fonts still prints them).
 */
@Tag("browser")
class LabelScriptsBrowserTest extends BrowserTest {

    private static final Set<UnicodeScript> SCRIPTS = EnumSet.of(
            UnicodeScript.HAN,
            UnicodeScript.HANGUL,
            UnicodeScript.CYRILLIC,
            UnicodeScript.ARABIC,
            UnicodeScript.HEBREW);

    /** The simulator picks each order's recipient at random among its 13: enough rounds to meet all scripts. */
    private static final int MAX_ROUNDS = 15;

    @Autowired
    AliExpressSimulator aliExpress;

    @Test
    void aClerkPrintsALabelInEachScriptAndEveryRecipientsNameReadsBackFromThePdf() throws Exception {
        // given: one demo order to a recipient in each script, each with a tracking number
        ApiClient clerk = ApiClient.clerk(port);
        Map<UnicodeScript, Long> orderOf = ordersInEachScript(clerk);
        List<Long> ids = List.copyOf(orderOf.values());
        for (String action : List.of("audit", "allocate", "request-tracking")) {
            JsonNode result = clerk.ok(clerk.post("/api/v1/orders/actions/" + action, "{\"orderIds\":" + ids + "}"));
            assertThat(result.get("failed")).as(action).isEmpty();
        }
        signIn("clerk");
        open("/orders?status=PENDING_PRINT&size=500");
        String listWindow = driver.getWindowHandle();

        // when: the clerk selects them and prints
        ids.forEach(id -> driver.findElement(orderRow(id))
                .findElement(By.cssSelector(".row-select"))
                .click());
        driver.findElement(By.id("print-labels")).click();

        // then: the labels open in a new tab, and each order's print is recorded once
        await().until(d -> d.getWindowHandles().size() == 2);
        driver.switchTo()
                .window(driver.getWindowHandles().stream()
                        .filter(h -> !h.equals(listWindow))
                        .findFirst()
                        .orElseThrow());
        await().until(d -> d.getCurrentUrl().contains("/orders/labels.pdf"));
        await().until(d ->
                ids.stream().allMatch(id -> demo.detail(id).packages().get(0).printCount() == 1));

        // and the same labels, read with the browser's session, hold every recipient's name in embedded fonts
        HttpResponse<byte[]> pdf = fetchWithSession(url("/orders/labels.pdf?orderIds="
                + ids.stream().map(String::valueOf).collect(Collectors.joining(","))));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(ids.size());
            String text = new PDFTextStripper().getText(document);
            for (Map.Entry<UnicodeScript, Long> order : orderOf.entrySet()) {
                String name = clerk.ok(clerk.get("/api/v1/orders/" + order.getValue()))
                        .get("shipTo")
                        .get("name")
                        .asString();
                assertThat(text).as("the %s recipient's name", order.getKey()).contains(name);
            }
            assertThat(text).doesNotContain("?");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                fontsOf(page.getResources(), fonts);
            }
            assertThat(fonts)
                    .isNotEmpty()
                    .allSatisfy(font -> assertThat(font.isEmbedded())
                            .as("font %s embedded", font.getName())
                            .isTrue());
        }
    }

    /** Synced demo AliExpress orders until one recipient in each script is met: its order id by script. */
    private Map<UnicodeScript, Long> ordersInEachScript(ApiClient clerk) {
        long shopId = clerk.demoShop("ALIEXPRESS", aliExpress.gatewayUrl());
        Map<UnicodeScript, Long> orderOf = new LinkedHashMap<>();
        for (int round = 0; round < MAX_ROUNDS && orderOf.size() < SCRIPTS.size(); round++) {
            List<String> placed = aliExpress.placeOrders(13, Instant.now().minus(Duration.ofMinutes(10)));
            clerk.syncNow(shopId);
            JsonNode page = clerk.ok(clerk.get("/api/v1/orders?shopId=" + shopId + "&size=500"));
            for (JsonNode item : page.get("items")) {
                if (placed.contains(item.get("platformOrderId").asString())) {
                    long id = item.get("id").asLong();
                    String name = clerk.ok(clerk.get("/api/v1/orders/" + id))
                            .get("shipTo")
                            .get("name")
                            .asString();
                    name.codePoints()
                            .filter(Character::isLetter)
                            .mapToObj(UnicodeScript::of)
                            .findFirst()
                            .filter(SCRIPTS::contains)
                            .ifPresent(script -> orderOf.putIfAbsent(script, id));
                }
            }
        }
        assertThat(orderOf.keySet()).as("scripts met in %s rounds", MAX_ROUNDS).containsAll(SCRIPTS);
        return orderOf;
    }

    /** The fonts a page's content uses, its form XObjects' included. */
    private static void fontsOf(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                fontsOf(form.getResources(), fonts);
            }
        }
    }
}

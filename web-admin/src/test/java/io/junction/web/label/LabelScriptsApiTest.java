package io.junction.web.label;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.aliexpress.simulator.AliExpressSimulator;
import io.junction.web.ApiClient;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Demo AliExpress orders to recipients in Chinese, Korean, Cyrillic, Arabic, Hebrew and accented
 * Latin script, taken through the REST API to their labels: each label, drawn by the carrier simulator
 * from the address Junction pre-advised, carries its recipient as Junction holds it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LabelScriptsApiTest {

    /** The scripts of the AliExpress simulator's recipients. */
    private static final Set<UnicodeScript> SCRIPTS = EnumSet.of(
            UnicodeScript.HAN,
            UnicodeScript.HANGUL,
            UnicodeScript.CYRILLIC,
            UnicodeScript.ARABIC,
            UnicodeScript.HEBREW,
            UnicodeScript.LATIN);

    /** The simulator picks each order's recipient at random among its 13: enough rounds to meet all scripts. */
    private static final int MAX_ROUNDS = 15;

    @LocalServerPort
    int port;

    @Autowired
    AliExpressSimulator aliExpress;

    @Test
    void theLabelOfEachOrderPrintsItsRecipientInTheRecipientsOwnScript() throws IOException {
        // given one synced demo order to a recipient in each script
        ApiClient clerk = ApiClient.clerk(port);
        long shopId = clerk.demoShop("ALIEXPRESS", aliExpress.gatewayUrl());
        Map<UnicodeScript, Long> orderOf = new LinkedHashMap<>();
        for (int round = 0; round < MAX_ROUNDS && orderOf.size() < SCRIPTS.size(); round++) {
            List<String> placed = aliExpress.placeOrders(13, Instant.now().minus(Duration.ofMinutes(10)));
            clerk.syncNow(shopId);
            for (long id : orderIds(clerk, shopId, placed)) {
                JsonNode shipTo = clerk.ok(clerk.get("/api/v1/orders/" + id)).get("shipTo");
                scriptOf(shipTo).filter(SCRIPTS::contains).ifPresent(script -> orderOf.putIfAbsent(script, id));
            }
        }
        assertThat(orderOf.keySet()).as("scripts met in %s rounds", MAX_ROUNDS).containsAll(SCRIPTS);
        List<Long> ids = List.copyOf(orderOf.values());
        for (String action : List.of("audit", "allocate", "request-tracking")) {
            JsonNode result = clerk.ok(clerk.post("/api/v1/orders/actions/" + action, "{\"orderIds\":" + ids + "}"));
            assertThat(result.get("failed")).as(action).isEmpty();
        }

        // when
        ApiClient.Answer labels = clerk.get("/api/v1/labels?orderIds="
                + String.join(",", ids.stream().map(String::valueOf).toList()));

        // then each order's page reads back its recipient's name, street and city
        assertThat(labels.status()).as(labels.text()).isEqualTo(200);
        System.out.printf("%d labels in one PDF: %,d bytes%n", ids.size(), labels.raw().length);
        List<String> pages = pagesOf(labels.raw());
        assertThat(pages).hasSize(ids.size());
        for (Map.Entry<UnicodeScript, Long> order : orderOf.entrySet()) {
            JsonNode detail = clerk.ok(clerk.get("/api/v1/orders/" + order.getValue()));
            String tracking =
                    detail.get("packages").get(0).get("trackingNumber").asString();
            JsonNode shipTo = detail.get("shipTo");
            List<String> fields = Stream.of("name", "line1", "city")
                    .map(f -> shipTo.get(f).asString())
                    .toList();
            assertThat(pages)
                    .as("the %s recipient's label", order.getKey())
                    .filteredOn(page -> page.contains(tracking))
                    .singleElement()
                    .satisfies(page -> assertThat(page).contains(fields).doesNotContain("?"));
        }
    }

    /** The script of the first letter of the recipient's name; Latin only when the address has an accent. */
    private static Optional<UnicodeScript> scriptOf(JsonNode shipTo) {
        String name = shipTo.get("name").asString();
        UnicodeScript script = name.codePoints()
                .filter(Character::isLetter)
                .mapToObj(UnicodeScript::of)
                .findFirst()
                .orElse(UnicodeScript.UNKNOWN);
        boolean accented = Stream.of("name", "line1", "line2", "city", "state")
                .map(shipTo::get)
                .filter(n -> n != null && !n.isNull())
                .anyMatch(n -> n.asString().chars().anyMatch(c -> c > 0x7F));
        return script == UnicodeScript.LATIN && !accented ? Optional.empty() : Optional.of(script);
    }

    private static List<Long> orderIds(ApiClient clerk, long shopId, List<String> platformIds) {
        JsonNode page = clerk.ok(clerk.get("/api/v1/orders?shopId=" + shopId + "&size=500"));
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : page.get("items")) {
            if (platformIds.contains(item.get("platformOrderId").asString())) {
                ids.add(item.get("id").asLong());
            }
        }
        return ids;
    }

    private static List<String> pagesOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }
}

package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderList;
import io.junction.order.OrderMapper;
import io.junction.web.ApiClient;
import io.junction.web.DemoAmazonShopApiTest;
import io.junction.web.PageClient;
import io.junction.web.WrittenOrders;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * "All N matching" past the list's count cap (10,000): the page says "more than", the action covers every matching
 * order, and a print of all matching stays within what one document holds.
 */
class AllMatchingPastCountCapTest extends DemoAmazonShopApiTest {

    static final int PAST_CAP = OrderList.COUNT_CAP + 50;

    @Autowired
    OrderMapper orders;

    @Autowired
    JdbcTemplate jdbc;

    /** The orders this test wrote: the application and its database are shared with other tests of its shape. */
    WrittenOrders written;

    @BeforeEach
    void nothingWrittenYet() {
        written = new WrittenOrders(jdbc);
    }

    @Test
    void anActionOnAllMatchingCoversEveryOrderPastTheCountCapAndThePageSaysMoreThan() {
        // given more orders waiting for review in the shop than the list counts
        String tag = "past-cap-" + UUID.randomUUID().toString().substring(0, 8);
        written.waitingForReview(shopId, "LAMP-1", PAST_CAP);
        String filter = "status=PENDING_AUDIT&shopId=" + shopId;
        int matching = jdbc.queryForObject(
                "SELECT COUNT(*) FROM oms_order WHERE shop_id = ? AND status = 'PENDING_AUDIT'", Integer.class, shopId);
        JsonNode firstPage = clerk.ok(clerk.get("/api/v1/orders?" + filter));
        PageClient pages = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);
        String page = pages.get("/orders?" + filter).html();
        String englishPage = pages.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/orders?" + filter))
                                .header("Accept", "text/html")
                                .header("Accept-Language", "en")
                                .GET()
                                .build())
                .html();

        // when the clerk tags all matching
        ApiClient.Answer answer = clerk.post(
                "/api/v1/orders/actions/add-tags",
                "{\"filter\":{\"status\":\"PENDING_AUDIT\",\"shopId\":\"" + shopId + "\"},\"tags\":[\"" + tag + "\"]}");

        // then the list says it stopped counting, the page offers all of them as more than 10,000, and every
        // matching order is tagged
        assertThat(firstPage.get("totalCapped").asBoolean()).isTrue();
        assertThat(page).contains("选择全部 10,000+ 条符合条件的订单");
        assertThat(englishPage).contains("Select all 10,000+ matching orders");
        assertThat(answer.status()).as(answer.text()).isEqualTo(202);
        JsonNode job = clerk.awaitJob(answer.body().get("jobId").asLong(), Duration.ofMinutes(8));
        assertThat(matching).isGreaterThanOrEqualTo(PAST_CAP);
        assertThat(job.get("total").asInt()).isEqualTo(matching);
        assertThat(job.get("succeeded")).hasSize(matching);
        assertThat(job.get("failed")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oms_order_tag WHERE tag = ?", Integer.class, tag))
                .isEqualTo(matching);
    }

    @Test
    void aPrintOfAllMatchingIsMadeUpToAThousandOrdersAndRefusedWithAdvicePastThem() {
        // given two allocated orders with their tracking numbers, tagged, and more than 1,000 others in the shop
        List<Long> ids = placeAndSync(2);
        String body = "{\"orderIds\":" + ids + "}";
        for (String action : List.of("audit", "allocate", "request-tracking")) {
            assertThat(clerk.ok(clerk.post("/api/v1/orders/actions/" + action, body))
                            .get("failed"))
                    .as(action)
                    .isEmpty();
        }
        String tag = "print-" + UUID.randomUUID().toString().substring(0, 8);
        clerk.ok(
                clerk.post("/api/v1/orders/actions/add-tags", "{\"orderIds\":" + ids + ",\"tags\":[\"" + tag + "\"]}"));
        written.waitingForReview(shopId, "LAMP-1", OrderActions.MAX_PRINT + 1);
        String tagged = "{\"filter\":{\"tag\":\"" + tag + "\"}}";
        String wholeShop = "{\"filter\":{\"shopId\":\"" + shopId + "\"}}";

        // when / then: the tagged orders print by their filter
        for (String path : List.of("/api/v1/labels", "/api/v1/pick-lists", "/api/v1/packing-slips")) {
            ApiClient.Answer printed = clerk.post(path, tagged);
            assertThat(printed.status()).as(path + ": " + printed.text()).isEqualTo(200);
            assertThat(printed.contentType()).as(path).startsWith("application/pdf");
            assertThat(new String(printed.raw(), 0, 5)).as(path).isEqualTo("%PDF-");
        }
        // and the whole shop, past 1,000 orders, is refused with the advice to print in batches, nothing printed
        for (String path :
                List.of("/api/v1/labels", "/api/v1/labels/zpl", "/api/v1/pick-lists", "/api/v1/packing-slips")) {
            ApiClient.Answer refused = clerk.post(path, wholeShop);
            assertThat(refused.status()).as(path + ": " + refused.text()).isEqualTo(400);
            assertThat(refused.text()).as(path).contains("filter").contains("1,000");
        }
        ApiClient.Answer both = clerk.post("/api/v1/pick-lists", "{\"orderIds\":" + ids + ",\"filter\":{}}");
        assertThat(both.status()).isEqualTo(400);
        // the list page's print buttons with "all matching" chosen send the list's tab and filter, not the ticked rows
        PageClient pages = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);
        pages.get("/orders?status=ALL&tag=" + tag);
        for (String path : List.of("/picking/pick-list.pdf", "/picking/packing-slips.pdf")) {
            PageClient.Answer printed = pages.post(path, "allMatching=true&status=ALL&tag=" + tag);
            assertThat(printed.status()).as(path + ": " + printed.html()).isEqualTo(200);
            assertThat(printed.html()).as(path).startsWith("%PDF-");
        }
        PageClient.Answer tooMany =
                pages.post("/orders/labels.pdf", "allMatching=true&status=ALL&shopId=" + shopId + "&sort=CARRIER");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.html()).contains("一次最多打印 1,000 个订单");
        // the one print that was made is recorded once on each order, the refused ones not at all
        ids.forEach(id -> assertThat(orders.history(id).stream()
                        .filter(h -> h.reason() != null && h.reason().contains("printed"))
                        .count())
                .isEqualTo(1));
    }

    @AfterEach
    void removeTheWrittenOrders() {
        written.removeAll();
    }

    private List<Long> placeAndSync(int count) {
        List<String> placed = amazon.placeOrders(count, Instant.now().minus(Duration.ofMinutes(10)));
        clerk.syncNow(shopId);
        return placed.stream().map(p -> orders.findByPlatformId(shopId, p).id()).toList();
    }
}

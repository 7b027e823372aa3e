package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.customs.CustomsService;
import io.junction.customs.LineCustoms;
import io.junction.order.OrderMapper;
import io.junction.stock.StockLedger;
import io.junction.web.ApiClient;
import io.junction.web.DemoAmazonShopApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Customs data set in bulk over {@code PUT /api/v1/customs}: by the lines' declarations as before, or by orders (ids
 * or the list's filter) and the fields to set, in the background beyond 200 orders, well past the 1,000 lines one
 * request of lines may hold.
 */
class CustomsBulkApiTest extends DemoAmazonShopApiTest {

    @Autowired
    StockLedger ledger;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderMapper orders;

    @Autowired
    CustomsService customs;

    @Autowired
    OrderCustoms orderCustoms;

    @Test
    void customsOfTwelveHundredOrdersAreSetInTheBackgroundWithEachRefusalReported() {
        // given 1,200 allocated orders, one of them with its parcel requested, and one not allocated yet
        receiveStockForTheirUnits();
        List<Long> allocated = placeAndSync(1202);
        long notAllocated = allocated.remove(allocated.size() - 1);
        List<Long> all = new ArrayList<>(allocated);
        all.add(notAllocated);
        awaitJobDone("audit", all);
        awaitJobDone("allocate", allocated);
        long requested = allocated.get(0);
        assertThat(clerk.ok(clerk.post("/api/v1/orders/actions/request-tracking", ids(List.of(requested))))
                        .get("failed"))
                .isEmpty();
        String hs = "6912" + (1000 + (int) (Math.random() * 8000));

        // when a clerk sets the HS code and weight of every line of the 1,202 orders
        ApiClient.Answer answer = clerk.put(
                "/api/v1/customs", "{\"orderIds\":" + all + ",\"hsCode\":\"" + hs + "\",\"weightGrams\":420}");

        // then it runs as a job; every allocated order's lines have them, and the two others are refused with why
        assertThat(answer.status()).as(answer.text()).isEqualTo(202);
        JsonNode job = clerk.awaitJob(answer.body().get("jobId").asLong(), Duration.ofMinutes(5));
        assertThat(job.get("state").asString()).isEqualTo("DONE");
        assertThat(job.get("total").asInt()).isEqualTo(1202);
        assertThat(job.get("done").asInt()).isEqualTo(1202);
        assertThat(job.get("succeeded")).hasSize(1200);
        List<String> failures = new ArrayList<>();
        job.get("failed")
                .forEach(f -> failures.add(
                        f.get("orderId").asLong() + " " + f.get("code").asString()));
        assertThat(failures)
                .containsExactlyInAnyOrder(requested + " parcel-requested", notAllocated + " customs-no-package");
        for (long id : allocated.subList(1, allocated.size())) {
            List<LineCustoms> lines = orderCustoms.ofOrder(id);
            assertThat(lines).isNotEmpty().allSatisfy(l -> {
                assertThat(l.hsCode()).isEqualTo(hs);
                assertThat(l.weightGrams()).isEqualTo(420);
                assertThat(l.nameEn()).isNotBlank();
            });
        }
        assertThat(orderCustoms.ofOrder(requested))
                .allSatisfy(l -> assertThat(l.hsCode()).isNotEqualTo(hs));
    }

    @Test
    void aFewOrdersOfAFilterAnswerAtOnceAndTheLinesShapeStillWorks() {
        // given three allocated orders
        List<Long> ids = placeAndSync(3);
        clerk.ok(clerk.post("/api/v1/orders/actions/audit", ids(ids)));
        clerk.ok(clerk.post("/api/v1/orders/actions/allocate", ids(ids)));
        String tag = "customs-" + UUID.randomUUID().toString().substring(0, 8);
        clerk.ok(
                clerk.post("/api/v1/orders/actions/add-tags", "{\"orderIds\":" + ids + ",\"tags\":[\"" + tag + "\"]}"));
        long lineId = orderCustoms.ofOrder(ids.get(0)).get(0).packageLineId();

        // when the tagged orders get a Chinese name, and one line a whole declaration as before
        JsonNode byFilter =
                clerk.ok(clerk.put("/api/v1/customs", "{\"filter\":{\"tag\":\"" + tag + "\"},\"nameCn\":\"台灯\"}"));
        JsonNode byLines = clerk.ok(clerk.put(
                "/api/v1/customs",
                "{\"lines\":[{\"packageLineId\":" + lineId + ",\"nameEn\":\"Desk lamp\",\"nameCn\":\"台灯\","
                        + "\"hsCode\":\"940520\",\"value\":12.5,\"currency\":\"usd\",\"weightGrams\":900}]}"));

        // then
        assertThat(byFilter.get("failed")).isEmpty();
        List<Long> succeeded = new ArrayList<>();
        byFilter.get("succeeded").forEach(id -> succeeded.add(id.asLong()));
        assertThat(succeeded).containsExactlyInAnyOrderElementsOf(ids);
        ids.forEach(id -> assertThat(orderCustoms.ofOrder(id))
                .allSatisfy(l -> assertThat(l.nameCn()).isEqualTo("台灯")));
        assertThat(byLines.get(0).get("hsCode").asString()).isEqualTo("940520");
        assertThat(byLines.get(0).get("currency").asString()).isEqualTo("USD");
    }

    @Test
    void aBulkRequestWrongAnywhereIsRefusedWholeBeforeAnythingChanges() {
        // given an allocated order
        List<Long> ids = placeAndSync(1);
        clerk.ok(clerk.post("/api/v1/orders/actions/audit", ids(ids)));
        clerk.ok(clerk.post("/api/v1/orders/actions/allocate", ids(ids)));
        List<LineCustoms> before = orderCustoms.ofOrder(ids.get(0));
        String filter = "\"filter\":{\"shopId\":\"" + shopId + "\"}";

        // when / then
        assertRefused("{\"orderIds\":" + ids + "}", "customs");
        assertRefused("{\"orderIds\":" + ids + ",\"hsCode\":\"12\"}", "hsCode");
        assertRefused("{" + filter + ",\"weightGrams\":-1}", "weightGrams");
        assertRefused("{" + filter + ",\"orderIds\":" + ids + ",\"nameCn\":\"灯\"}", "orderIds");
        assertRefused("{\"filter\":{\"status\":\"NOPE\"},\"nameCn\":\"灯\"}", "status");
        assertRefused("{\"orderIds\":[" + ids.get(0) + ",null],\"nameCn\":\"灯\"}", "orderIds");
        assertRefused("{\"orderIds\":" + ids + ",\"lines\":[],\"nameCn\":\"灯\"}", "lines");
        assertRefused("{}", "lines");
        assertRefused("{\"lines\":[]}", "lines");
        assertThat(orderCustoms.ofOrder(ids.get(0))).isEqualTo(before);
    }

    private void assertRefused(String body, String field) {
        ApiClient.Answer answer = clerk.put("/api/v1/customs", body);
        assertThat(answer.status()).as("%s: %s", body, answer.text()).isEqualTo(400);
        assertThat(answer.text()).as(body).contains(field);
    }

    /** Runs the action on the orders (a job beyond 200) and waits until every one of them has succeeded. */
    private void awaitJobDone(String action, List<Long> orderIds) {
        ApiClient.Answer answer = clerk.post("/api/v1/orders/actions/" + action, ids(orderIds));
        assertThat(answer.status()).as(answer.text()).isEqualTo(202);
        JsonNode job = clerk.awaitJob(answer.body().get("jobId").asLong(), Duration.ofMinutes(5));
        assertThat(job.get("failed")).as(action).isEmpty();
        assertThat(job.get("succeeded")).as(action).hasSize(orderIds.size());
    }

    private static String ids(List<Long> ids) {
        return "{\"orderIds\":" + ids + "}";
    }

    private List<Long> placeAndSync(int count) {
        List<String> placed = amazon.placeOrders(count, Instant.now().minus(Duration.ofMinutes(10)));
        clerk.syncNow(shopId);
        return new ArrayList<>(placed.stream()
                .map(p -> orders.findByPlatformId(shopId, p).id())
                .toList());
    }

    /**
     * A receipt of the demo products for what this test's 1,202 orders reserve. The demo's opening stock is seeded once
     * in a database the tests share (MariaDB), and the other tests' orders need it: spending it here left them
     * "not enough stock".
     */
    private void receiveStockForTheirUnits() {
        transactions.executeWithoutResult(
                status -> jdbc.queryForList("SELECT id FROM wms_sku WHERE sku LIKE 'JN-%'", Long.class)
                        .forEach(id -> ledger.adjust(id, 20_000, "test", "stock for 1,202 orders")));
    }
}

package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethod;
import io.junction.logistics.LogisticsMethodMapper;
import io.junction.order.OrderBatchMapper;
import io.junction.order.OrderMapper;
import io.junction.web.ApiClient;
import io.junction.web.DemoAmazonShopApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Batch actions over the REST API: by ids or by the list's filter, at once or as a background job. */
class OrderBatchApiTest extends DemoAmazonShopApiTest {

    @Autowired
    OrderMapper orders;

    @Autowired
    OrderBatchMapper batchOrders;

    @Autowired
    Carriers carriers;

    @Autowired
    LogisticsMethodMapper methods;

    @Test
    void aFilterOfMoreThanTwoHundredOrdersRunsAsAJobWhoseProgressAndResultsTheCallerReads() throws Exception {
        // given 210 new orders to review in the demo shop
        List<Long> placed = placeAndSync(210);
        String tag = "bulk-" + UUID.randomUUID().toString().substring(0, 8);

        // when a clerk tags all matching orders of the shop's To-review tab
        HttpResponse<String> answer = rawPost(
                "/api/v1/orders/actions/add-tags",
                "{\"filter\":{\"status\":\"PENDING_AUDIT\",\"shopId\":\"" + shopId + "\"},\"tags\":[\"" + tag + "\"]}");

        // then it runs in the background, and the job reports every order tagged
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        long jobId = json(answer.body()).get("jobId").asLong();
        assertThat(answer.headers().firstValue("Location")).contains("/api/v1/jobs/" + jobId);
        JsonNode job = clerk.awaitJob(jobId, Duration.ofSeconds(60));
        assertThat(job.get("total").asInt()).isGreaterThanOrEqualTo(210);
        assertThat(job.get("done").asInt()).isEqualTo(job.get("total").asInt());
        assertThat(job.get("failed")).isEmpty();
        List<Long> succeeded = new ArrayList<>();
        job.get("succeeded").forEach(id -> succeeded.add(id.asLong()));
        assertThat(succeeded).containsAll(placed);
        placed.forEach(id -> assertThat(batchOrders.tags(id)).contains(tag));
    }

    @Test
    void aFewOrdersAnswerAtOnceWithEachRefusalInTheCallersLanguage() {
        // given two orders, one of them already reviewed
        List<Long> ids = placeAndSync(2);
        clerk.ok(clerk.post("/api/v1/orders/actions/audit", "{\"orderIds\":[" + ids.get(0) + "]}"));
        ApiClient english = new ApiClient(port, "clerk", ApiClient.PASSWORD, new ArrayList<>(), "en");

        // when both are reviewed
        JsonNode result = english.ok(
                english.post("/api/v1/orders/actions/audit", "{\"orderIds\":[" + ids.get(0) + "," + ids.get(1) + "]}"));

        // then
        assertThat(result.get("succeeded").get(0).asLong()).isEqualTo(ids.get(1));
        assertThat(result.get("failed").get(0).get("orderId").asLong()).isEqualTo(ids.get(0));
        assertThat(result.get("failed").get(0).get("code").asString()).isEqualTo("wrong-status");
        assertThat(result.get("failed").get(0).get("reason").asString())
                .isEqualTo("The order is “To allocate”, not “To review”");
    }

    @Test
    void priorityAndSellerNoteAreSetInBulkWithHistory() {
        // given
        List<Long> ids = placeAndSync(2);
        String body = "\"orderIds\":[" + ids.get(0) + "," + ids.get(1) + "]";

        // when
        JsonNode priority =
                clerk.ok(clerk.post("/api/v1/orders/actions/set-priority", "{" + body + ",\"priority\":7}"));
        JsonNode note =
                clerk.ok(clerk.post("/api/v1/orders/actions/set-seller-note", "{" + body + ",\"note\":\"送礼，不放发票\"}"));

        // then
        assertThat(priority.get("failed")).isEmpty();
        assertThat(note.get("failed")).isEmpty();
        ids.forEach(id -> {
            assertThat(orders.findById(id).priority()).isEqualTo(7);
            assertThat(orders.findById(id).sellerNote()).isEqualTo("送礼，不放发票");
            assertThat(orders.history(id))
                    .anySatisfy(h -> assertThat(h.reason()).isEqualTo("priority 0 → 7"));
        });
    }

    @Test
    void aRequestThatIsWrongAnywhereIsRefusedWholeWithTheFieldAtFault() {
        // given an order and a switched-off logistics method
        long id = placeAndSync(1).get(0);
        LogisticsMethod any = carriers.methods().get(0);
        LogisticsMethod off = carriers.addMethod(new LogisticsMethod(
                0, "off-" + UUID.randomUUID(), "Switched off", any.carrierAccountId(), "X", "Other", null));
        methods.setEnabled(off.id(), false);
        String ids = "\"orderIds\":[" + id + "]";
        int version = orders.findById(id).version();

        // when / then
        assertRefused("/api/v1/orders/actions/no-such-action", "{" + ids + "}", "action");
        assertRefused("/api/v1/orders/actions/audit", "{}", "orderIds");
        assertRefused(
                "/api/v1/orders/actions/audit", "{" + ids + ",\"filter\":{\"status\":\"PENDING_AUDIT\"}}", "orderIds");
        assertRefused("/api/v1/orders/actions/audit", "{\"filter\":{\"status\":\"NOPE\"}}", "status");
        assertRefused("/api/v1/orders/actions/set-priority", "{" + ids + ",\"priority\":12}", "priority");
        assertRefused("/api/v1/orders/actions/add-tags", "{" + ids + ",\"tags\":[\" \"]}", "tags");
        assertRefused("/api/v1/orders/actions/set-logistics-method", "{" + ids + "}", "logisticsMethodId");
        assertRefused(
                "/api/v1/orders/actions/set-logistics-method",
                "{" + ids + ",\"logisticsMethodId\":999999999}",
                "logisticsMethodId");
        assertRefused(
                "/api/v1/orders/actions/set-logistics-method",
                "{" + ids + ",\"logisticsMethodId\":" + off.id() + "}",
                "logisticsMethodId");
        assertThat(orders.findById(id).version()).isEqualTo(version);
        assertThat(orders.history(id)).allSatisfy(h -> assertThat(h.actor()).isNotEqualTo("clerk"));
    }

    @Test
    void aJobIsReadOnlyByWhoeverSubmittedIt() throws Exception {
        // given a job of the clerk's
        placeAndSync(201);
        HttpResponse<String> answer = rawPost(
                "/api/v1/orders/actions/add-tags", "{\"filter\":{\"shopId\":\"" + shopId + "\"},\"tags\":[\"seen\"]}");
        long jobId = json(answer.body()).get("jobId").asLong();

        // when the admin asks for it
        ApiClient.Answer other = ApiClient.admin(port).get("/api/v1/jobs/" + jobId);

        // then
        assertThat(other.status()).isEqualTo(404);
        assertThat(clerk.get("/api/v1/jobs/" + jobId).status()).isEqualTo(200);
    }

    private void assertRefused(String path, String body, String field) {
        ApiClient.Answer answer = clerk.post(path, body);
        assertThat(answer.status()).as("%s %s: %s", path, body, answer.text()).isEqualTo(400);
        assertThat(answer.text()).as("%s %s", path, body).contains(field);
    }

    private List<Long> placeAndSync(int count) {
        List<String> placed = amazon.placeOrders(count, Instant.now().minus(Duration.ofMinutes(10)));
        clerk.syncNow(shopId);
        return placed.stream().map(p -> orders.findByPlatformId(shopId, p).id()).toList();
    }

    private HttpResponse<String> rawPost(String path, String json) throws Exception {
        String basic =
                Base64.getEncoder().encodeToString(("clerk:" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
    }
}

package io.junction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A back-fill through the API: queued on Quartz, run as a Spring Batch job, watched until it is done. */
class BackfillApiTest extends DemoAmazonShopApiTest {

    @Test
    void aBackfillOfLastMonthPullsTheOrdersTheIncrementalSyncNeverSaw() {
        // given orders from three weeks ago, older than a new shop's first look-back
        Instant threeWeeksAgo = Instant.now().minus(Duration.ofDays(21));
        List<String> old = amazon.placeOrders(3, threeWeeksAgo);

        // when
        String from = threeWeeksAgo.minus(Duration.ofDays(1)).toString();
        String to = threeWeeksAgo.plus(Duration.ofDays(1)).toString();
        ApiClient.Answer queued = admin.post(
                "/api/v1/shops/" + shopId + "/backfill", "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");

        // then
        assertThat(queued.status()).isEqualTo(202);
        JsonNode done =
                awaitBackfill(admin, shopId, queued.body().get("requestedAt").asString());
        assertThat(done.get("created").asInt()).isGreaterThanOrEqualTo(3);
        // the orders of those days: the shop's newest 500 may all be newer (other tests place orders in it too)
        JsonNode page = admin.ok(admin.get(
                "/api/v1/orders?shopId=" + shopId + "&createdFrom=" + from + "&createdTo=" + to + "&size=500"));
        List<String> ids = new java.util.ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("platformOrderId").asString()));
        assertThat(ids).containsAll(old);
    }

    @Test
    void aBackfillReachingPastWhatThePlatformServesIsRefused() {

        ApiClient.Answer answer = admin.post(
                "/api/v1/shops/" + shopId + "/backfill",
                "{\"from\":\"" + Instant.now().minus(Duration.ofDays(1)) + "\",\"to\":\"" + Instant.now() + "\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("detail").asString()).contains("must not be later");
    }

    @Test
    void aClerkMayWatchButNotStartABackfill() {
        assertThat(clerk.get("/api/v1/shops/" + shopId + "/backfills").status()).isEqualTo(200);
        assertThat(clerk.post("/api/v1/shops/" + shopId + "/backfill", "{}").status())
                .isEqualTo(403);
    }

    private static JsonNode awaitBackfill(ApiClient api, long shopId, String requestedAt) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode seen = null;
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode b : api.ok(api.get("/api/v1/shops/" + shopId + "/backfills"))) {
                if (b.get("requestedAt").asString().equals(requestedAt)) {
                    seen = b;
                    if ("COMPLETED".equals(b.get("status").asString())) {
                        return b;
                    }
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("back-fill did not complete: " + seen);
    }
}

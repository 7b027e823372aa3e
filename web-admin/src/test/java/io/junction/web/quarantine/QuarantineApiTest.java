package io.junction.web.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.DemoAmazonShopApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The quarantine over the REST API: a malformed Amazon order kept aside, then retried or dismissed. */
class QuarantineApiTest extends DemoAmazonShopApiTest {

    String malformed;
    long entryId;

    @BeforeEach
    void aMalformedAmazonOrderInQuarantine() {
        malformed = amazon.placeMalformedOrder(Instant.now().minus(Duration.ofMinutes(10)));
        clerk.syncNow(shopId);
        entryId = entry(clerk.ok(clerk.get("/api/v1/quarantine?status=OPEN&shopId=" + shopId)))
                .get("id")
                .asLong();
    }

    @Test
    void anEntryIsListedByStatusAndReadByItsId() {
        JsonNode entry = clerk.ok(clerk.get("/api/v1/quarantine/" + entryId));

        assertThat(entry.get("platformOrderId").asString()).isEqualTo(malformed);
        assertThat(entry.get("status").asString()).isEqualTo("OPEN");
        assertThat(entry.get("attempts").asInt()).isZero();
        assertThat(entry.get("rawPayload").asString()).contains(malformed);
        assertThat(ids(clerk.ok(clerk.get("/api/v1/quarantine?status=DISMISSED&shopId=" + shopId))))
                .doesNotContain(entryId);
    }

    @Test
    void aRetryReadsTheOrderAgainFromAmazonAndOnceTheSellerFixedItTheOrderExists() {
        // when retried while Amazon still sends it without a seller SKU
        JsonNode still = clerk.ok(clerk.post("/api/v1/quarantine/" + entryId + "/retry", null));

        // then it stays, with what Amazon sends now
        assertThat(still.get("status").asString()).isEqualTo("OPEN");
        assertThat(still.get("outcome").asString()).startsWith("still unreadable: ");
        assertThat(clerk.ok(clerk.get("/api/v1/quarantine/" + entryId))
                        .get("attempts")
                        .asInt())
                .isEqualTo(1);

        // when the seller fixes the order on Amazon, and the clerk retries it with another entry that is settled
        amazon.repairOrder(malformed);
        clerk.ok(clerk.post("/api/v1/quarantine/" + entryId + "/retry", null));
        JsonNode again = clerk.ok(clerk.post("/api/v1/quarantine/retry", "{\"ids\":[" + entryId + "]}"));

        // then the first retry made the order: it waits for review, and the entry points at it
        JsonNode entry = clerk.ok(clerk.get("/api/v1/quarantine/" + entryId));
        assertThat(entry.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(entry.get("settledBy").asString()).isEqualTo("clerk");
        long orderId = entry.get("orderId").asLong();
        JsonNode order = clerk.ok(clerk.get("/api/v1/orders/" + orderId)).get("order");
        assertThat(order.get("platformOrderId").asString()).isEqualTo(malformed);
        assertThat(order.get("status").asString()).isEqualTo("PENDING_AUDIT");
        // and the batch retry that came after says it had nothing to do
        assertThat(again.get("retried")).isEmpty();
        assertThat(again.get("refused").get(0).get("reason").asString()).contains("is Resolved as order " + orderId);
    }

    @Test
    void aDismissalNeedsAReasonThenSettlesTheEntryAndARetryIsRefused() {
        ApiClient.Answer noReason = clerk.post("/api/v1/quarantine/" + entryId + "/dismiss", "{\"note\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("detail").asString())
                .isEqualTo("say in at most 1000 characters why quarantined order " + entryId + " needs no order");
        assertThat(clerk.ok(clerk.get("/api/v1/quarantine/" + entryId))
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");

        JsonNode dismissed =
                clerk.ok(clerk.post("/api/v1/quarantine/" + entryId + "/dismiss", "{\"note\":\"test order\"}"));

        assertThat(dismissed.get("status").asString()).isEqualTo("DISMISSED");
        assertThat(dismissed.get("settledBy").asString()).isEqualTo("clerk");
        assertThat(dismissed.get("outcome").asString()).isEqualTo("test order");
        ApiClient.Answer retry = clerk.post("/api/v1/quarantine/" + entryId + "/retry", null);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.body().get("detail").asString())
                .isEqualTo("quarantined order " + entryId + " is Dismissed: nothing to retry");
        assertThat(clerk.ok(clerk.get("/api/v1/quarantine/" + entryId))).isEqualTo(dismissed);
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        assertThat(clerk.get("/api/v1/quarantine/987654321").status()).isEqualTo(404);
        assertThat(clerk.post("/api/v1/quarantine/987654321/retry", null).status())
                .isEqualTo(404);
        ApiClient.Answer empty = clerk.post("/api/v1/quarantine/retry", "{\"ids\":[]}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("detail").asString()).contains("ids must list at least one quarantined order id");
        ApiClient.Answer noLimit = clerk.get("/api/v1/quarantine?limit=0");
        assertThat(noLimit.status()).isEqualTo(400);
        assertThat(noLimit.body().get("field").asString()).isEqualTo("limit");
        assertThat(ApiClient.packer(port)
                        .post("/api/v1/quarantine/" + entryId + "/retry", null)
                        .status())
                .isEqualTo(403);
        assertThat(clerk.ok(clerk.get("/api/v1/quarantine/" + entryId))
                        .get("attempts")
                        .asInt())
                .isZero();
    }

    private JsonNode entry(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(q -> malformed.equals(q.get("platformOrderId").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("quarantine lacks " + malformed + ": " + list));
    }

    private static java.util.List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(q -> q.get("id").asLong())
                .toList();
    }
}

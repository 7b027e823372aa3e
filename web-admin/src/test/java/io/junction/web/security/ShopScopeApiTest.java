package io.junction.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.connectors.amazon.simulator.AmazonSimulator;
import io.junction.connectors.jd.simulator.JdSimulator;
import io.junction.web.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A clerk and a packer granted only the demo JD shop ("shop A") work on it as before, while the demo
 * Amazon shop ("shop B") does not exist for them: its orders, counts, labels, packages, tracking
 * changes, quarantined payloads and the shop itself answer as something that is not there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShopScopeApiTest {

    private static final String PASSWORD = "scoped-password";

    @LocalServerPort
    int port;

    @Autowired
    AmazonSimulator amazon;

    @Autowired
    JdSimulator jd;

    ApiClient admin;
    ApiClient clerk;
    ApiClient packer;
    long shopA;
    long shopB;

    @BeforeEach
    void aClerkAndAPackerGrantedShopA() {
        admin = ApiClient.admin(port);
        shopA = admin.demoShop("JD", jd.baseUrl());
        shopB = admin.demoAmazonShop(amazon.baseUrl());
        clerk = grantedShopA("CLERK");
        packer = grantedShopA("PACKER");
    }

    @Test
    void anotherShopsOrdersAreNotListedCountedOrShown() {
        // given an order in each shop
        long orderA = placeAndSync(jd.placeOrders(1, tenMinutesAgo()).get(0), shopA);
        long orderB = placeAndSync(amazon.placeOrders(1, tenMinutesAgo()).get(0), shopB);

        // when the clerk lists, counts and opens orders
        List<Long> listed = ids(clerk.ok(clerk.get("/api/v1/orders?size=500")).get("items"));
        JsonNode onlyB = clerk.ok(clerk.get("/api/v1/orders?shopId=" + shopB));
        long counted = sum(clerk.ok(clerk.get("/api/v1/orders/counts")));

        // then only shop A's orders are there, and shop B's answers as if it did not exist
        assertThat(listed).contains(orderA).doesNotContain(orderB);
        assertThat(onlyB.get("total").asLong()).isZero();
        assertThat(counted).isEqualTo(sum(admin.ok(admin.get("/api/v1/orders/counts?shopId=" + shopA))));
        assertThat(counted).isLessThan(sum(admin.ok(admin.get("/api/v1/orders/counts"))));
        assertThat(clerk.get("/api/v1/orders/" + orderA).status()).isEqualTo(200);
        ApiClient.Answer hidden = clerk.get("/api/v1/orders/" + orderB);
        ApiClient.Answer missing = clerk.get("/api/v1/orders/999999999");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body().get("detail").asString()).isEqualTo("No order " + orderB);
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void aBatchActionFailsForAnotherShopsOrderAndWorksOnTheGrantedShops() {
        // given an order waiting for review in each shop
        long orderA = placeAndSync(jd.placeOrders(1, tenMinutesAgo()).get(0), shopA);
        long orderB = placeAndSync(amazon.placeOrders(1, tenMinutesAgo()).get(0), shopB);

        // when the clerk approves both
        JsonNode result =
                clerk.ok(clerk.post("/api/v1/orders/actions/audit", "{\"orderIds\":[" + orderB + "," + orderA + "]}"));

        // then shop A's moves on, shop B's fails as not found and stays as it was
        assertThat(ids(result.get("succeeded"))).containsExactly(orderA);
        assertThat(result.get("failed")).hasSize(1);
        assertThat(result.get("failed").get(0).get("orderId").asLong()).isEqualTo(orderB);
        assertThat(result.get("failed").get(0).get("reason").asString()).isEqualTo("No order " + orderB);
        assertThat(status(orderB)).isEqualTo("PENDING_AUDIT");
        assertThat(status(orderA)).isNotEqualTo("PENDING_AUDIT");
    }

    @Test
    void anotherShopsLabelsPackagesAndTrackingChangesAreNotThere() {
        // given an order of shop B packed and printed, waiting at the scan station
        long orderB = placeAndSync(amazon.placeOrders(1, tenMinutesAgo()).get(0), shopB);
        for (String action : List.of("audit", "allocate", "request-tracking", "mark-printed")) {
            if (action.equals("mark-printed")) {
                assertThat(admin.post("/api/v1/labels", "{\"orderIds\":[" + orderB + "]}")
                                .status())
                        .isEqualTo(200);
            }
            assertThat(admin.ok(admin.post("/api/v1/orders/actions/" + action, "{\"orderIds\":[" + orderB + "]}"))
                            .get("failed"))
                    .as(action)
                    .isEmpty();
        }
        JsonNode pkg =
                admin.ok(admin.get("/api/v1/orders/" + orderB)).get("packages").get(0);
        long packageId = pkg.get("id").asLong();
        String tracking = pkg.get("trackingNumber").asString();

        // when the clerk asks for its labels and tracking changes, and the packer scans it
        ApiClient.Answer labels = clerk.get("/api/v1/labels?orderIds=" + orderB);
        ApiClient.Answer printed = clerk.post("/api/v1/labels", "{\"orderIds\":[" + orderB + "]}");
        ApiClient.Answer changes = clerk.get("/api/v1/packages/" + packageId + "/tracking-changes");
        ApiClient.Answer opened = packer.post("/api/v1/scan-out/packages", "{\"code\":\"" + tracking + "\"}");
        ApiClient.Answer item = packer.post("/api/v1/scan-out/packages/" + packageId + "/items", "{\"barcode\":\"1\"}");
        ApiClient.Answer shipped = packer.post("/api/v1/scan-out/packages/" + packageId + "/ship", null);

        // then each answers as for a package or order that does not exist, and nothing moved
        assertThat(labels.status()).isEqualTo(409);
        assertThat(labels.body().get("detail").asString()).endsWith(": order " + orderB + ": no such order");
        assertThat(printed.status()).isEqualTo(409);
        assertThat(changes.status()).isEqualTo(404);
        assertThat(opened.status()).isEqualTo(409);
        assertThat(opened.body().get("detail").asString())
                .isEqualTo("No package with tracking or package number " + tracking);
        assertThat(item.status()).isEqualTo(409);
        assertThat(item.body().get("detail").asString()).isEqualTo("No package " + packageId);
        assertThat(shipped.status()).isEqualTo(409);
        assertThat(status(orderB)).isEqualTo("PENDING_SHIPMENT");

        // and for the admin the same package opens and its labels print
        assertThat(admin.get("/api/v1/labels?orderIds=" + orderB).status()).isEqualTo(200);
        JsonNode openedByAdmin = admin.ok(admin.post("/api/v1/scan-out/packages", "{\"code\":\"" + tracking + "\"}"));
        assertThat(openedByAdmin.get("id").asLong()).isEqualTo(packageId);
    }

    @Test
    void anotherShopsQuarantineAndTheShopItselfAreNotThere() {
        // given a malformed order of shop B in quarantine
        amazon.placeMalformedOrder(tenMinutesAgo());
        admin.syncNow(shopB);
        long entry = admin.ok(admin.get("/api/v1/quarantine?status=OPEN&shopId=" + shopB))
                .get(0)
                .get("id")
                .asLong();

        // when the clerk looks for it and acts on it
        List<Long> listed = ids(clerk.ok(clerk.get("/api/v1/quarantine?limit=500")));
        ApiClient.Answer read = clerk.get("/api/v1/quarantine/" + entry);
        ApiClient.Answer retried = clerk.post("/api/v1/quarantine/" + entry + "/retry", null);
        JsonNode retriedMany = clerk.ok(clerk.post("/api/v1/quarantine/retry", "{\"ids\":[" + entry + "]}"));
        ApiClient.Answer dismissed = clerk.post("/api/v1/quarantine/" + entry + "/dismiss", "{\"note\":\"not ours\"}");

        // then it is not there, and stays open
        assertThat(listed).doesNotContain(entry);
        assertThat(read.status()).isEqualTo(404);
        assertThat(retried.status()).isEqualTo(404);
        assertThat(retriedMany.get("retried")).isEmpty();
        assertThat(retriedMany.get("refused").get(0).get("reason").asString())
                .isEqualTo("no quarantined order " + entry);
        assertThat(dismissed.status()).isEqualTo(404);
        assertThat(admin.ok(admin.get("/api/v1/quarantine/" + entry))
                        .get("status")
                        .asString())
                .isEqualTo("OPEN");

        // and of the shops, only shop A is listed; shop B cannot be read or synced
        assertThat(ids(clerk.ok(clerk.get("/api/v1/shops")))).containsExactly(shopA);
        assertThat(clerk.get("/api/v1/shops/" + shopB).status()).isEqualTo(404);
        assertThat(clerk.get("/api/v1/shops/" + shopB + "/sync-status").status())
                .isEqualTo(404);
        assertThat(clerk.post("/api/v1/shops/" + shopB + "/sync", null).status())
                .isEqualTo(404);
        assertThat(clerk.get("/api/v1/shops/" + shopB + "/backfills").status()).isEqualTo(404);
        assertThat(clerk.get("/api/v1/shops/" + shopA).status()).isEqualTo(200);
        assertThat(clerk.get("/api/v1/shops/" + shopA + "/backfills").status()).isEqualTo(200);
    }

    @Test
    void aGrantChangedByTheAdminHoldsFromTheNextRequest() {
        // given an order of shop B the limited clerk cannot see
        long orderB = placeAndSync(amazon.placeOrders(1, tenMinutesAgo()).get(0), shopB);
        String name = "scoped-" + UUID.randomUUID().toString().substring(0, 8);
        long id = admin.ok(admin.post("/api/v1/users", """
                {"username":"%s","password":"%s","role":"CLERK","shopIds":[%d]}""".formatted(name, PASSWORD, shopA)))
                .get("id")
                .asLong();
        ApiClient limited = new ApiClient(port, name, PASSWORD);
        assertThat(limited.get("/api/v1/orders/" + orderB).status()).isEqualTo(404);

        // when the admin lets them work on every shop
        admin.ok(admin.put("/api/v1/users/" + id, "{\"role\":\"CLERK\",\"shopIds\":[]}"));

        // then the order is there
        assertThat(limited.get("/api/v1/orders/" + orderB).status()).isEqualTo(200);
    }

    private ApiClient grantedShopA(String role) {
        String name = role.toLowerCase() + "-a-" + UUID.randomUUID().toString().substring(0, 8);
        admin.ok(admin.post("/api/v1/users", """
                {"username":"%s","password":"%s","role":"%s","shopIds":[%d]}""".formatted(name, PASSWORD, role, shopA)));
        return new ApiClient(port, name, PASSWORD);
    }

    private long placeAndSync(String platformOrderId, long shopId) {
        JsonNode sync = admin.syncNow(shopId);
        assertThat(sync.get("error").isNull()).as("sync: %s", sync).isTrue();
        for (JsonNode order :
                admin.ok(admin.get("/api/v1/orders?size=500&shopId=" + shopId)).get("items")) {
            if (order.get("platformOrderId").asString().equals(platformOrderId)) {
                return order.get("id").asLong();
            }
        }
        throw new AssertionError("order " + platformOrderId + " not synced into shop " + shopId);
    }

    private String status(long orderId) {
        return admin.ok(admin.get("/api/v1/orders/" + orderId))
                .get("order")
                .get("status")
                .asString();
    }

    private static Instant tenMinutesAgo() {
        return Instant.now().minus(Duration.ofMinutes(10));
    }

    private static long sum(JsonNode counts) {
        long sum = 0;
        for (JsonNode count : counts) {
            sum += count.asLong();
        }
        return sum;
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.isObject() ? n.get("id").asLong() : n.asLong()));
        return ids;
    }
}

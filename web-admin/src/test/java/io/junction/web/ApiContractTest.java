package io.junction.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may call what, and how bad input is answered: problem details that say what is wrong, and no change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiContractTest {

    @LocalServerPort
    int port;

    @Test
    void anAnonymousCallerIsAskedToAuthenticate() {
        ApiClient anonymous = new ApiClient(port, "nobody", "wrong-password");
        assertThat(anonymous.get("/api/v1/orders").status()).isEqualTo(401);
    }

    @Test
    void aPackerReachesTheScanStationButNotTheOrderActions() {
        ApiClient packer = ApiClient.packer(port);
        assertThat(packer.post("/api/v1/orders/actions/audit", "{\"orderIds\":[1]}")
                        .status())
                .isEqualTo(403);
        assertThat(packer.get("/api/v1/orders").status()).isEqualTo(403);
        ApiClient.Answer scan = packer.post("/api/v1/scan-out/packages", "{\"code\":\"NO-SUCH-PARCEL\"}");
        assertThat(scan.status()).isEqualTo(409);
        assertThat(scan.body().get("detail").asString())
                .contains("No package with tracking or package number NO-SUCH-PARCEL");
    }

    @Test
    void anUnknownActionIsAProblemNamingTheKnownOnes() {
        ApiClient.Answer answer = clerk().post("/api/v1/orders/actions/ship-it", "{\"orderIds\":[1]}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("field").asString()).isEqualTo("action");
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").asString()).contains("ship-it").contains("request-tracking");
    }

    @Test
    void aBatchActionWithoutOrdersIsABadRequest() {
        ApiClient.Answer answer = clerk().post("/api/v1/orders/actions/audit", "{\"orderIds\":[]}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("field").asString()).isEqualTo("orderIds");
        assertThat(answer.body().get("detail").asString()).contains("orderIds").contains("filter");
    }

    @Test
    void aMalformedBodyIsABadRequest() {
        ApiClient.Answer answer = clerk().post("/api/v1/orders/actions/audit", "{\"orderIds\":[\"one\"");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownStatusFilterIsABadRequest() {
        assertThat(clerk().get("/api/v1/orders?status=LOST").status()).isEqualTo(400);
    }

    @Test
    void aMissingOrderIsNotFound() {
        ApiClient.Answer answer = clerk().get("/api/v1/orders/987654321");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("detail").asString()).isEqualTo("No order 987654321");
    }

    @Test
    void anActionOnMissingOrdersReportsEachFailureAndNoSuccess() {
        var result = clerk().ok(clerk().post("/api/v1/orders/actions/audit", "{\"orderIds\":[987654321,987654322]}"));
        assertThat(result.get("succeeded")).isEmpty();
        assertThat(result.get("failed")).hasSize(2);
        assertThat(result.get("failed").get(0).get("reason").asString()).isEqualTo("No order 987654321");
    }

    @Test
    void labelsForOrdersWithoutTrackingAreRefusedNamingEachOrder() {
        ApiClient.Answer answer = clerk().get("/api/v1/labels?orderIds=987654321");
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().get("problems").get(0).asString()).contains("987654321");
    }

    @Test
    void theCountsListEveryStatus() {
        var counts = clerk().ok(clerk().get("/api/v1/orders/counts"));
        assertThat(counts.propertyNames())
                .contains(
                        "PENDING_AUDIT",
                        "PENDING_ALLOCATION",
                        "PENDING_TRACKING",
                        "PENDING_PRINT",
                        "PENDING_SHIPMENT",
                        "SHIPPED",
                        "ON_HOLD",
                        "EXCEPTION",
                        "CANCELLED");
    }

    @Test
    void shopsAreListedWithoutTheirCredentials() {
        ApiClient.Answer answer = clerk().get("/api/v1/shops");
        String raw = answer.text();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(raw)
                .contains("AMAZON")
                .doesNotContain("credentials")
                .doesNotContain("clientSecret")
                .doesNotContain("refreshToken");
    }

    private ApiClient clerk() {
        return ApiClient.clerk(port);
    }
}

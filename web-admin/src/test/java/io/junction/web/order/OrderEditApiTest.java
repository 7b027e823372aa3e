package io.junction.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.DemoAmazonShopApiTest;
import io.junction.web.PageClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A clerk edits an order's address and quantities through the API and on the order page, before its parcel exists. */
class OrderEditApiTest extends DemoAmazonShopApiTest {

    static final String ADDRESS = "{\"name\":\"Grace Hopper\",\"line1\":\"2 Navy Way\",\"city\":\"Arlington\","
            + "\"state\":\"VA\",\"postalCode\":\"22202\",\"countryCode\":\"us\",\"phone\":\"555-0142\"}";

    long orderId;

    @BeforeEach
    void anOrderToReview() {
        String amazonId = amazon.placeOrders(1, Instant.now().minus(Duration.ofMinutes(10)))
                .get(0);
        clerk.syncNow(shopId);
        JsonNode page = clerk.ok(clerk.get("/api/v1/orders?shopId=" + shopId + "&size=500"));
        for (JsonNode item : page.get("items")) {
            if (amazonId.equals(item.get("platformOrderId").asString())) {
                orderId = item.get("id").asLong();
            }
        }
        assertThat(orderId).isPositive();
    }

    @Test
    void anEditedAddressIsAnsweredWithTheOrderAndItsFieldsMarkedAsEditedHere() {
        // when
        JsonNode detail = clerk.ok(clerk.put("/api/v1/orders/" + orderId + "/address", ADDRESS));

        // then
        assertThat(detail.get("shipTo").get("name").asString()).isEqualTo("Grace Hopper");
        assertThat(detail.get("shipTo").get("countryCode").asString()).isEqualTo("US");
        assertThat(detail.get("localEdits")).isNotEmpty();
        assertThat(detail.get("localEdits").findValuesAsString("field")).contains("name", "postalCode", "phone");
        assertThat(detail.get("history")
                        .get(detail.get("history").size() - 1)
                        .get("reason")
                        .asString())
                .startsWith("ship-to edited:");
    }

    @Test
    void anAddressWithoutACityOrWithABadCountryIsRefusedAndNothingChanges() {
        // when
        ApiClient.Answer noCity =
                clerk.put("/api/v1/orders/" + orderId + "/address", ADDRESS.replace("\"city\":\"Arlington\",", ""));
        ApiClient.Answer badCountry =
                clerk.put("/api/v1/orders/" + orderId + "/address", ADDRESS.replace("\"us\"", "\"USA\""));

        // then
        assertThat(noCity.status()).isEqualTo(400);
        assertThat(noCity.body().get("field").asString()).isEqualTo("city");
        assertThat(badCountry.status()).isEqualTo(400);
        assertThat(badCountry.body().get("field").asString()).isEqualTo("countryCode");
        assertThat(clerk.ok(clerk.get("/api/v1/orders/" + orderId)).get("localEdits"))
                .isEmpty();
    }

    @Test
    void anEditIsRefusedWithAConflictOnceTrackingIsRequested() {
        // given
        for (String action : List.of("audit", "allocate", "request-tracking")) {
            assertThat(clerk.ok(clerk.post("/api/v1/orders/actions/" + action, "{\"orderIds\":[" + orderId + "]}"))
                            .get("failed"))
                    .as(action)
                    .isEmpty();
        }

        // when
        ApiClient.Answer refused = clerk.put("/api/v1/orders/" + orderId + "/address", ADDRESS);
        ApiClient.Answer quantities =
                clerk.put("/api/v1/orders/" + orderId + "/quantities", "{\"lines\":[{\"lineId\":1,\"quantity\":2}]}");

        // then
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asString()).isEqualTo("edit-wrong-status");
        assertThat(quantities.status()).isEqualTo(409);
        assertThat(clerk.ok(clerk.get("/api/v1/orders/" + orderId))
                        .get("shipTo")
                        .get("name")
                        .asString())
                .isNotEqualTo("Grace Hopper");
    }

    @Test
    void quantitiesAreEditedBeforeAllocationAndAZeroIsRefused() {
        // given
        long lineId = clerk.ok(clerk.get("/api/v1/orders/" + orderId))
                .get("lines")
                .get(0)
                .get("id")
                .asLong();

        // when
        ApiClient.Answer zero = clerk.put(
                "/api/v1/orders/" + orderId + "/quantities",
                "{\"lines\":[{\"lineId\":" + lineId + ",\"quantity\":0}]}");
        JsonNode edited = clerk.ok(clerk.put(
                "/api/v1/orders/" + orderId + "/quantities",
                "{\"lines\":[{\"lineId\":" + lineId + ",\"quantity\":4}]}"));

        // then
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body().get("field").asString()).isEqualTo("lines[0].quantity");
        assertThat(edited.get("lines").get(0).get("quantity").asInt()).isEqualTo(4);
    }

    @Test
    void theOrderPageEditsTheAddressAndSaysWhyWhenItCannot() {
        // given
        PageClient page = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);
        assertThat(page.get("/orders/" + orderId).html()).contains("id=\"edit-ship-to\"");

        // when
        PageClient.Answer saved = page.post(
                "/orders/" + orderId + "/ship-to",
                "name=Grace+Hopper&line1=2+Navy+Way&city=Arlington&postalCode=22202&countryCode=US");
        PageClient.Answer refused =
                page.post("/orders/" + orderId + "/ship-to", "name=Grace+Hopper&line1=2+Navy+Way&city=&countryCode=US");

        // then
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.html()).contains("id=\"local-edits\"").contains("Grace Hopper");
        assertThat(refused.html()).contains("id=\"edit-result\"");
        assertThat(clerk.ok(clerk.get("/api/v1/orders/" + orderId))
                        .get("shipTo")
                        .get("city")
                        .asString())
                .isEqualTo("Arlington");
    }
}

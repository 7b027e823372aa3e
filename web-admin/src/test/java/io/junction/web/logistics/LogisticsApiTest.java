package io.junction.web.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.logistics.Carriers;
import io.junction.rules.RuleCheckSettings;
import io.junction.web.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Carrier accounts and logistics methods over the REST API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LogisticsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Carriers carriers;

    @Test
    void theCarriersThatRequireLatinScriptByDefaultAreNamedByTheirCodes() {
        // when / then: a name that is no carrier's code ("4PX" for FOURPX) would never match a method's carrier
        assertThat(carriers.carrierCodes())
                .containsAll(RuleCheckSettings.defaults().latinScriptCarriers());
    }

    @Test
    void aCarrierAccountsCredentialsAreEncryptedAtRestAndNeverSentBack() {
        // given an administrator whose every answer is kept
        List<String> answers = new ArrayList<>();
        ApiClient admin = new ApiClient(port, "admin", ApiClient.PASSWORD, answers);
        String secret = "s3cret-" + UUID.randomUUID();

        // when they add a YunExpress account and list the accounts
        JsonNode added = admin.ok(admin.post(
                "/api/v1/carrier-accounts",
                "{\"carrierCode\":\"YUNEXPRESS\",\"name\":\"Shenzhen " + secret.substring(7, 12) + "\","
                        + "\"endpoint\":\"https://yunexpress.invalid/\","
                        + "\"credentials\":{\"customerCode\":\"C1\",\"apiSecret\":\"" + secret + "\"}}"));
        admin.ok(admin.get("/api/v1/carrier-accounts"));

        // then the secret is stored encrypted and no answer ever carried it
        assertThat(added.get("carrierCode").asString()).isEqualTo("YUNEXPRESS");
        assertThat(added.get("credentialKeys").toString()).contains("apiSecret");
        String stored = jdbc.queryForObject(
                "SELECT credentials_enc FROM lgs_carrier_account WHERE id = ?",
                String.class,
                added.get("id").asLong());
        assertThat(stored).doesNotContain(secret);
        assertThat(answers).noneMatch(a -> a.contains(secret));
    }

    @Test
    void anAccountOfAnUnknownCarrierOrWithoutItsCredentialsIsRefusedNamingWhatIsWrong() {
        // given
        ApiClient admin = ApiClient.admin(port);

        // when
        ApiClient.Answer unknown = admin.post(
                "/api/v1/carrier-accounts",
                "{\"carrierCode\":\"NOPE\",\"name\":\"x\",\"endpoint\":\"https://x.invalid/\",\"credentials\":{}}");
        ApiClient.Answer incomplete = admin.post(
                "/api/v1/carrier-accounts",
                "{\"carrierCode\":\"YUNEXPRESS\",\"name\":\"x\",\"endpoint\":\"https://x.invalid/\","
                        + "\"credentials\":{\"customerCode\":\"C1\"}}");

        // then the carriers on offer come from the registered adapters
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("field").asString()).isEqualTo("carrierCode");
        assertThat(unknown.body().get("detail").asString()).contains("YUNEXPRESS");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body().get("detail").asString()).contains("apiSecret");
        assertThat(admin.ok(admin.get("/api/v1/carriers")).toString()).contains("YUNEXPRESS");
    }

    @Test
    void aMethodSwitchedOffIsListedSoAndABulkChangeToItIsRefused() {
        // given an account and a method on it
        ApiClient admin = ApiClient.admin(port);
        long account = admin.ok(admin.post(
                        "/api/v1/carrier-accounts",
                        "{\"carrierCode\":\"YUNEXPRESS\",\"name\":\"Yiwu\",\"endpoint\":\"https://y.invalid/\","
                                + "\"credentials\":{\"customerCode\":\"C\",\"apiSecret\":\"S\"}}"))
                .get("id")
                .asLong();
        String code = "YUN-" + UUID.randomUUID().toString().substring(0, 6);
        String method = "{\"code\":\"" + code + "\",\"name\":\"YunExpress THPHR\",\"carrierAccountId\":" + account
                + ",\"serviceCode\":\"THPHR\",\"marketplaceCarriers\":{\"DEFAULT\":{\"code\":\"Yun Express\","
                + "\"name\":\"Yun Express\"},\"JD\":{\"code\":\"1327\",\"name\":\"云途\"}}";
        JsonNode added = admin.ok(admin.post("/api/v1/logistics-methods", method + "}"));
        long id = added.get("id").asLong();

        // when it is switched off
        JsonNode off = admin.ok(admin.put("/api/v1/logistics-methods/" + id, method + ",\"enabled\":false}"));
        ApiClient.Answer change = ApiClient.clerk(port)
                .post(
                        "/api/v1/orders/actions/set-logistics-method",
                        "{\"orderIds\":[1],\"logisticsMethodId\":" + id + "}");

        // then
        assertThat(added.get("enabled").asBoolean()).isTrue();
        assertThat(added.get("carrierCode").asString()).isEqualTo("YUNEXPRESS");
        assertThat(added.get("marketplaceCarriers").get("JD").get("code").asString())
                .isEqualTo("1327");
        assertThat(off.get("enabled").asBoolean()).isFalse();
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.body().get("field").asString()).isEqualTo("logisticsMethodId");
        assertThat(ApiClient.clerk(port).get("/api/v1/logistics-methods").text())
                .contains(code);
    }

    @Test
    void aClerkReadsMethodsButOnlyAnAdministratorChangesThem() {
        // given
        ApiClient clerk = ApiClient.clerk(port);

        // when
        ApiClient.Answer read = clerk.get("/api/v1/logistics-methods");
        ApiClient.Answer write = clerk.post("/api/v1/logistics-methods", "{}");

        // then
        assertThat(read.status()).isEqualTo(200);
        assertThat(write.status()).isEqualTo(403);
    }
}

package io.junction.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.scanout.StationClient;
import java.net.http.HttpClient;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** API tokens: issued at sign-in per device, stored hashed, accepted as Bearer, expiring, revocable. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenIssuedWithThePasswordSignsTheDeviceInAsBearerAndOnlyItsHashIsStored() {
        // given
        String device = device();

        // when
        StationClient handheld = new StationClient(HttpClient.newHttpClient(), port, "packer", device);
        StationClient.Answer scan = handheld.open("NO-SUCH-LABEL-1");

        // then: signed in as the packer (a scan-out refusal, not a 401)
        assertThat(scan.status()).isEqualTo(409);
        assertThat(scan.body().get("code").asString()).isEqualTo("UNKNOWN_PACKAGE");
        String stored =
                jdbc.queryForObject("SELECT token_hash FROM app_api_token WHERE device = ?", String.class, device);
        assertThat(stored).isEqualTo(ApiTokens.hash(handheld.token())).isNotEqualTo(handheld.token());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM app_api_token WHERE token_hash LIKE ?",
                        Long.class,
                        "%" + handheld.token() + "%"))
                .isZero();
    }

    @Test
    void anUnknownTokenIsRefusedWithProblemJson() {
        // given
        StationClient handheld = new StationClient(HttpClient.newHttpClient(), port, "packer", device());
        jdbc.update(
                "UPDATE app_api_token SET token_hash = ? WHERE token_hash = ?",
                "0".repeat(64),
                ApiTokens.hash(handheld.token()));

        // when
        StationClient.Answer answer = handheld.open("ANY");

        // then
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().get("title").asString()).isEqualTo("Sign-in required");
    }

    @Test
    void anExpiredTokenIsRefused() {
        // given
        StationClient handheld = new StationClient(HttpClient.newHttpClient(), port, "packer", device());
        jdbc.update(
                "UPDATE app_api_token SET expires_at = created_at WHERE token_hash = ?",
                ApiTokens.hash(handheld.token()));

        // when / then
        assertThat(handheld.open("ANY").status()).isEqualTo(401);
    }

    @Test
    void theUserRevokesTheirOwnTokenButNotAnothersWhileAnAdminRevokesAnyone() {
        // given
        String mine = device();
        String theirs = device();
        StationClient packerDevice = new StationClient(HttpClient.newHttpClient(), port, "packer", mine);
        StationClient clerkDevice = new StationClient(HttpClient.newHttpClient(), port, "clerk", theirs);
        ApiClient packer = ApiClient.packer(port);
        long packerToken = tokenId(packer.ok(packer.get("/api/v1/tokens")), mine);
        long clerkToken =
                tokenId(ApiClient.admin(port).ok(ApiClient.admin(port).get("/api/v1/tokens?all=true")), theirs);

        // when
        ApiClient.Answer othersRevoke = packer.delete("/api/v1/tokens/" + clerkToken);
        ApiClient.Answer ownRevoke = packer.delete("/api/v1/tokens/" + packerToken);
        ApiClient.Answer adminRevoke = ApiClient.admin(port).delete("/api/v1/tokens/" + clerkToken);

        // then
        assertThat(othersRevoke.status()).isEqualTo(404);
        assertThat(ownRevoke.status()).isEqualTo(204);
        assertThat(adminRevoke.status()).isEqualTo(204);
        assertThat(packerDevice.open("ANY").status()).isEqualTo(401);
        assertThat(clerkDevice.open("ANY").status()).isEqualTo(401);
        JsonNode listed = packer.ok(packer.get("/api/v1/tokens"));
        assertThat(listed.get("items").toString()).doesNotContain(packerDevice.token());
        assertThat(List.of(listed.get("items")
                        .valueStream()
                        .map(t -> t.get("username").asString())
                        .distinct()
                        .toArray()))
                .containsOnly("packer");
    }

    @Test
    void aTokenCannotIssueAnotherToken() {
        // given
        StationClient handheld = new StationClient(HttpClient.newHttpClient(), port, "packer", device());

        // when
        StationClient.Answer answer = handheld.post("/api/v1/tokens", "{\"device\":\"copy\"}");

        // then
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("field").asString()).isEqualTo("Authorization");
    }

    @Test
    void aTokenWithoutADeviceNameOrWithTooLongALifeIsRefused() {
        // when
        ApiClient.Answer noDevice = ApiClient.packer(port).post("/api/v1/tokens", "{\"device\":\" \"}");
        ApiClient.Answer tooLong = ApiClient.packer(port).post("/api/v1/tokens", "{\"device\":\"x\",\"days\":400}");

        // then
        assertThat(noDevice.status()).isEqualTo(400);
        assertThat(noDevice.body().get("field").asString()).isEqualTo("device");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("field").asString()).isEqualTo("days");
    }

    private static long tokenId(JsonNode list, String device) {
        return list.get("items")
                .valueStream()
                .filter(t -> t.get("device").asString().equals(device))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    private static String device() {
        return "handheld-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

package io.junction.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.PageClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Users through the REST API, as an admin manages them: added, listed, changed, their password reset,
 * disabled and enabled; every bad input refused with every reason at once and nothing changed; never
 * a password or its hash in an answer; never without an enabled admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    List<String> answers;
    ApiClient admin;

    @BeforeEach
    void signIn() {
        answers = new ArrayList<>();
        admin = new ApiClient(port, "admin", ApiClient.PASSWORD, answers);
    }

    @Test
    void aSignedInPageSessionEndsWhenItsUserIsDisabledOrGivenAnotherRole() {
        // given two admins signed in on the pages
        String disabled = unique("session-off");
        String demoted = unique("session-role");
        long disabledId = admin.ok(admin.post("/api/v1/users", """
                {"username":"%s","password":"first-password","role":"ADMIN"}""".formatted(disabled)))
                .get("id")
                .asLong();
        long demotedId = admin.ok(admin.post("/api/v1/users", """
                {"username":"%s","password":"first-password","role":"ADMIN"}""".formatted(demoted)))
                .get("id")
                .asLong();
        PageClient disabledPages = PageClient.signedIn(port, disabled, "first-password");
        PageClient demotedPages = PageClient.signedIn(port, demoted, "first-password");
        assertThat(disabledPages.get("/users").html()).contains("id=\"nav-users\"");
        assertThat(demotedPages.get("/users").html()).contains("id=\"nav-users\"");

        // when one is disabled and the other made a packer
        admin.ok(admin.post("/api/v1/users/" + disabledId + "/disable", null));
        admin.ok(admin.put("/api/v1/users/" + demotedId, "{\"role\":\"PACKER\"}"));

        // then neither session reaches the users page any more: both are sent to sign in again
        PageClient.Answer afterDisable = disabledPages.get("/users");
        assertThat(afterDisable.html())
                .contains("id=\"login-form\"")
                .contains("id=\"login-expired\"")
                .doesNotContain("id=\"nav-users\"");
        PageClient.Answer afterDemotion = demotedPages.get("/users");
        assertThat(afterDemotion.html()).contains("id=\"login-form\"").doesNotContain("id=\"nav-users\"");
    }

    @Test
    void anAdminAddsListsChangesResetsDisablesAndEnablesAUser() {
        // given
        String name = unique("lifecycle");
        long shop = anyShop();

        // when a clerk limited to one shop is added
        ApiClient.Answer created = admin.post("/api/v1/users", """
                {"username":"%s","password":"first-password","role":"CLERK","shopIds":[%d]}""".formatted(name, shop));

        // then they are there, enabled, with that shop, and can sign in
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("role").asString()).isEqualTo("CLERK");
        assertThat(created.body().get("enabled").asBoolean()).isTrue();
        assertThat(longs(created.body().get("shopIds"))).containsExactly(shop);
        assertThat(names(admin.ok(admin.get("/api/v1/users")))).contains(name);
        assertThat(new ApiClient(port, name, "first-password")
                        .get("/api/v1/orders/counts")
                        .status())
                .isEqualTo(200);

        // when they are renamed, made a packer for every shop, and their password changed with the same call
        JsonNode changed = admin.ok(admin.put("/api/v1/users/" + id, """
                {"username":"%s-2","password":"second-password","role":"PACKER"}""".formatted(name)));

        // then the change holds, shops absent meaning every shop, and only the new password works
        assertThat(changed.get("username").asString()).isEqualTo(name + "-2");
        assertThat(changed.get("role").asString()).isEqualTo("PACKER");
        assertThat(changed.get("shopIds")).isEmpty();
        assertThat(new ApiClient(port, name + "-2", "first-password")
                        .get("/api/v1/scan-out/packages")
                        .status())
                .isEqualTo(401);

        // when the password is reset on its own
        admin.ok(admin.post("/api/v1/users/" + id + "/password", "{\"password\":\"third-password\"}"));

        // then the packer signs in with it
        ApiClient packer = new ApiClient(port, name + "-2", "third-password");
        assertThat(packer.post("/api/v1/scan-out/packages", "{\"code\":\"NO-SUCH-CODE\"}")
                        .status())
                .isEqualTo(409);

        // when they are disabled, they cannot sign in; when enabled again, they can
        assertThat(admin.ok(admin.post("/api/v1/users/" + id + "/disable", null))
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        assertThat(packer.post("/api/v1/scan-out/packages", "{\"code\":\"NO-SUCH-CODE\"}")
                        .status())
                .isEqualTo(401);
        assertThat(admin.ok(admin.post("/api/v1/users/" + id + "/enable", null))
                        .get("enabled")
                        .asBoolean())
                .isTrue();
        assertThat(packer.post("/api/v1/scan-out/packages", "{\"code\":\"NO-SUCH-CODE\"}")
                        .status())
                .isEqualTo(409);

        // and no answer ever carried a password or a hash
        assertThat(answers).noneMatch(a -> a.contains("password") || a.contains("{bcrypt}") || a.contains("Hash"));
        assertThat(admin.ok(admin.get("/api/v1/users/" + id)).has("passwordHash"))
                .isFalse();
    }

    @Test
    void aBadUserIsRefusedWithEveryReasonAtOnceAndNothingIsAdded() {
        // given
        long before = users();

        // when everything is wrong at once
        ApiClient.Answer refused = admin.post("/api/v1/users", """
                {"username":"bad\\r\\nname","password":"short","role":"OWNER","shopIds":[999999999]}""");

        // then every reason is named, on its field, and nothing was added
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("username", "password", "role", "shopIds");
        assertThat(users()).isEqualTo(before);

        // and a blank, a taken and a too long name are refused too
        assertThat(fields(admin.post("/api/v1/users", """
                {"username":"  ","password":"long-enough","role":"CLERK"}""").body())).containsExactly("username");
        assertThat(fields(admin.post("/api/v1/users", """
                {"username":"clerk","password":"long-enough","role":"CLERK"}""").body())).containsExactly("username");
        assertThat(fields(admin.post("/api/v1/users", """
                {"username":"%s","password":"long-enough","role":"CLERK"}""".formatted("x".repeat(65)))
                        .body()))
                .containsExactly("username");
        assertThat(fields(admin.post("/api/v1/users", """
                {"username":"%s","password":"long-enough","role":"ADMIN","shopIds":[%d]}""".formatted(unique("a"), anyShop()))
                        .body()))
                .containsExactly("shopIds");
        assertThat(users()).isEqualTo(before);
    }

    @Test
    void aChangeWithBadInputChangesNothing() {
        // given
        String name = unique("unchanged");
        long id = admin.ok(admin.post("/api/v1/users", """
                {"username":"%s","password":"first-password","role":"CLERK"}""".formatted(name)))
                .get("id")
                .asLong();

        // when it is renamed to a taken name with an unknown shop
        ApiClient.Answer refused = admin.put("/api/v1/users/" + id, """
                {"username":"packer","role":"CLERK","shopIds":[999999999]}""");

        // then it is refused with both reasons and the user stays as they were
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("username", "shopIds");
        assertThat(admin.ok(admin.get("/api/v1/users/" + id)).get("username").asString())
                .isEqualTo(name);
        assertThat(admin.get("/api/v1/users/999999999").status()).isEqualTo(404);
    }

    @Test
    void onlyAnAdminManagesUsers() {
        for (String user : List.of("clerk", "packer")) {
            // given
            ApiClient notAdmin = new ApiClient(port, user, ApiClient.PASSWORD);

            // when / then
            assertThat(notAdmin.get("/api/v1/users").status()).as(user).isEqualTo(403);
            assertThat(notAdmin.post("/api/v1/users", """
                    {"username":"%s","password":"long-enough","role":"ADMIN"}""".formatted(unique(user)))
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() {
        // given the demo admin as the only enabled admin (other tests' admins set aside for a moment)
        long self = idOf("admin");
        List<Long> others = new ArrayList<>();
        for (JsonNode user : admin.ok(admin.get("/api/v1/users"))) {
            if (user.get("role").asString().equals("ADMIN")
                    && user.get("enabled").asBoolean()
                    && user.get("id").asLong() != self) {
                others.add(user.get("id").asLong());
            }
        }
        others.forEach(id -> admin.ok(admin.post("/api/v1/users/" + id + "/disable", null)));
        try {
            // when the admin disables or demotes themselves
            ApiClient.Answer disabled = admin.post("/api/v1/users/" + self + "/disable", null);
            ApiClient.Answer demoted = admin.put("/api/v1/users/" + self, "{\"role\":\"CLERK\"}");

            // then both are refused and they stay an enabled admin
            assertThat(disabled.status()).as(disabled.text()).isEqualTo(409);
            assertThat(demoted.status()).as(demoted.text()).isEqualTo(409);
            JsonNode still = admin.ok(admin.get("/api/v1/users/" + self));
            assertThat(still.get("role").asString()).isEqualTo("ADMIN");
            assertThat(still.get("enabled").asBoolean()).isTrue();

            // when another admin exists, the first one may step down
            String second = unique("second-admin");
            long secondId = admin.ok(admin.post("/api/v1/users", """
                    {"username":"%s","password":"long-enough","role":"ADMIN"}""".formatted(second)))
                    .get("id")
                    .asLong();
            ApiClient secondAdmin = new ApiClient(port, second, "long-enough");
            assertThat(secondAdmin
                            .ok(secondAdmin.put("/api/v1/users/" + self, "{\"role\":\"CLERK\"}"))
                            .get("role")
                            .asString())
                    .isEqualTo("CLERK");
            secondAdmin.ok(secondAdmin.put("/api/v1/users/" + self, "{\"role\":\"ADMIN\"}"));
            admin.ok(admin.post("/api/v1/users/" + secondId + "/disable", null));
        } finally {
            others.forEach(id -> admin.ok(admin.post("/api/v1/users/" + id + "/enable", null)));
        }
    }

    private long idOf(String username) {
        for (JsonNode user : admin.ok(admin.get("/api/v1/users"))) {
            if (user.get("username").asString().equals(username)) {
                return user.get("id").asLong();
            }
        }
        throw new AssertionError("no user " + username);
    }

    private long anyShop() {
        return admin.ok(admin.get("/api/v1/shops")).get(0).get("id").asLong();
    }

    private long users() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("problems").forEach(p -> fields.add(p.get("field").asString()));
        return fields;
    }

    private static List<String> names(JsonNode users) {
        List<String> names = new ArrayList<>();
        users.forEach(u -> names.add(u.get("username").asString()));
        return names;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asLong()));
        return values;
    }
}

package io.junction.web.error;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.junction.web.ApiClient;
import io.junction.web.PageClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error answered as its caller reads it: problem JSON in the caller's language on the API
 * (401, 403, 404, 405, 415, 500, none with an exception's text), a styled page with the navigation
 * elsewhere; log lines that quote text with line breaks stay one line; an upstream's error that
 * echoes the shop's credentials reaches no answer, row or log line with them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorAnswersTest.Failing.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LEAKED = "select * from secret_table";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient admin;
    ApiClient packer;

    /** Endpoints that fail as nothing in Junction should, to prove what an unexpected failure shows. */
    @TestConfiguration
    @Import({FailingApi.class, FailingPage.class})
    static class Failing {}

    @RestController
    static class FailingApi {
        @GetMapping("/api/v1/test-failure")
        String fail() {
            throw new IllegalStateException(LEAKED);
        }
    }

    @Controller
    static class FailingPage {
        @GetMapping("/test-failure")
        String fail() {
            throw new IllegalStateException(LEAKED);
        }
    }

    @BeforeEach
    void signIn() {
        admin = ApiClient.admin(port);
        packer = ApiClient.packer(port);
    }

    @Test
    void everyErrorOnTheApiIsProblemJsonWithoutAnExceptionsText() {
        // when
        ApiClient.Answer unauthorized = new ApiClient(port, "admin", "wrong-password").get("/api/v1/orders");
        ApiClient.Answer forbidden = packer.get("/api/v1/orders");
        ApiClient.Answer notFound = admin.get("/api/v1/no-such-thing");
        ApiClient.Answer notAllowed = send("DELETE", "/api/v1/orders/counts", null, null);
        ApiClient.Answer unsupported = send("POST", "/api/v1/orders/actions/hold", "text/plain", "orderIds=1");
        ApiClient.Answer failed = admin.get("/api/v1/test-failure");

        // then
        assertProblem(unauthorized, 401);
        assertProblem(forbidden, 403);
        assertProblem(notFound, 404);
        assertThat(notFound.body().get("detail").asString()).contains("/api/v1/no-such-thing");
        assertProblem(notAllowed, 405);
        assertThat(notAllowed.body().get("detail").asString()).contains("DELETE", "GET");
        assertProblem(unsupported, 415);
        assertProblem(failed, 500);
        assertThat(failed.text()).doesNotContain(LEAKED, "IllegalStateException", "at io.junction");
    }

    @Test
    void aProblemsTitleAndDetailFollowTheCallersLanguage() {
        // when
        ApiClient.Answer english = send("GET", "/api/v1/no-such-thing", null, null, "en");
        ApiClient.Answer chinese = send("GET", "/api/v1/no-such-thing", null, null, "zh-CN");
        ApiClient.Answer englishBadInput = send("GET", "/api/v1/orders?status=FOO", null, null, "en");
        ApiClient.Answer chineseBadInput = send("GET", "/api/v1/orders?status=FOO", null, null, "zh-CN");

        // then
        assertThat(english.body().get("title").asString()).isEqualTo("Not found");
        assertThat(english.body().get("detail").asString()).isEqualTo("There is nothing at /api/v1/no-such-thing.");
        assertThat(chinese.body().get("title").asString()).isEqualTo("未找到");
        assertThat(chinese.body().get("detail").asString()).isEqualTo("没有 /api/v1/no-such-thing 这个地址。");
        assertThat(englishBadInput.body().get("title").asString()).isEqualTo("Bad request");
        assertThat(englishBadInput.body().get("detail").asString()).startsWith("Parameter status has an invalid value");
        assertThat(chineseBadInput.body().get("title").asString()).isEqualTo("请求无效");
        assertThat(chineseBadInput.body().get("detail").asString()).startsWith("参数 status 的值无效");
    }

    @Test
    void errorsOnPagesAreStyledPagesWithTheNavigation() {
        // given
        PageClient clerk = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);

        // when
        PageClient.Answer unknownOrder = clerk.get("/orders/999999999");
        PageClient.Answer unknownPage = clerk.get("/no-such-page");
        PageClient.Answer failed = clerk.get("/test-failure");
        PageClient.Answer badTab = clerk.get("/orders?status=FOO");
        PageClient.Answer notAllowed = clerk.get("/orders/1/actions/audit");

        // then each keeps the stylesheet and the menu with the orders and the sign-out
        for (PageClient.Answer page : List.of(unknownOrder, unknownPage, failed, badTab, notAllowed)) {
            assertThat(page.html())
                    .contains("/css/junction.css", "class=\"topbar\"", "href=\"/orders\"", "/logout")
                    .doesNotContain(LEAKED, "Exception", "Whitelabel");
        }
        assertThat(unknownOrder.status()).isEqualTo(404);
        assertThat(unknownPage.status()).isEqualTo(404);
        assertThat(unknownPage.html()).contains("id=\"not-found\"");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.html()).contains("id=\"server-error\"");
        assertThat(badTab.status()).isEqualTo(400);
        assertThat(notAllowed.status()).isEqualTo(405);
        assertThat(notAllowed.html()).contains("id=\"method-not-allowed\"");
    }

    @Test
    void aPackerSeesTheStyledNotAllowedPage() {
        // when
        PageClient.Answer page =
                PageClient.signedIn(port, "packer", ApiClient.PASSWORD).get("/orders");

        // then
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.html()).contains("id=\"forbidden\"", "class=\"topbar\"", "403");
    }

    @Test
    void aLogMessageWithALineBreakStaysOneLineWithTheBreakEscaped(CapturedOutput output) {
        // when a shop name with CR LF is logged through the application's logging configuration
        LoggerFactory.getLogger(ErrorAnswersTest.class)
                .info("Synced shop {}", "Evil\r\n2026-12-06T00:00:00Z  INFO forged");

        // then
        assertThat(output.getAll()).contains("Synced shop Evil\\r\\n2026-12-06T00:00:00Z  INFO forged");
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("2026-12-06T00:00:00Z  INFO forged"));
    }

    @Test
    void aLoggedExceptionsMessagesHaveTheirBreaksEscapedWhileItsStackTraceKeepsOneFrameALine(CapturedOutput output) {
        // given: an exception, with a cause and a suppressed one, whose messages quote a platform's answer
        IllegalStateException thrown = new IllegalStateException(
                "Sync failed: Evil\r\n2026-12-06T00:00:01Z  INFO forged",
                new RuntimeException("cause\n2026-12-06T00:00:02Z  INFO forged\u0007"));
        thrown.addSuppressed(new RuntimeException("suppressed\r2026-12-06T00:00:03Z  INFO forged"));

        // when it is logged through the application's logging configuration
        LoggerFactory.getLogger(ErrorAnswersTest.class).warn("Sync of shop {} failed", 7, thrown);

        // then every message stays on its own line, escaped, and no forged line starts
        assertThat(output.getAll())
                .contains(
                        "java.lang.IllegalStateException: Sync failed: Evil\\r\\n2026-12-06T00:00:01Z  INFO forged",
                        "Caused by: java.lang.RuntimeException: cause\\n2026-12-06T00:00:02Z  INFO forged\\u0007",
                        "Suppressed: java.lang.RuntimeException: suppressed\\r2026-12-06T00:00:03Z  INFO forged");
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("2026-12-06T00:00:0"));
        assertThat(output.getAll()).doesNotContain("\u0007");
        // and the stack trace is still one frame a line
        assertThat(output.getAll().lines())
                .anyMatch(line -> line.matches("\\s+at io\\.junction\\.web\\.error\\.ErrorAnswersTest\\..+"));
    }

    @Test
    void anUpstreamThatEchoesTheRequestLeavesNoCredentialInTheSyncStatusTheRowOrTheLog(CapturedOutput output) {
        // given a Login with Amazon that answers its refusal with the request it got
        WireMockServer upstream = new WireMockServer(options().dynamicPort());
        upstream.start();
        try {
            upstream.stubFor(post(urlPathEqualTo("/auth/o2/token"))
                    .willReturn(aResponse()
                            .withStatus(400)
                            .withHeader("Content-Type", "application/json")
                            .withBody(
                                    "{\"error\":\"invalid_grant\",\"error_description\":\"you sent {{{request.body}}}\"}")
                            .withTransformers("response-template")));
            Map<String, String> credentials = Map.of(
                    "clientId",
                    "amzn1.application-oa2-client.ECHO1234",
                    "clientSecret",
                    "ECHO-SECRET-5678",
                    "refreshToken",
                    "Atzr|ECHO-REFRESH-9012");
            Map<String, Object> shop = new LinkedHashMap<>();
            shop.put("platform", "AMAZON");
            shop.put("name", "Echo " + System.nanoTime());
            shop.put("endpoint", upstream.baseUrl());
            shop.put("authEndpoint", upstream.baseUrl() + "/auth/o2/token");
            shop.put("credentials", credentials);
            shop.put("marketplaceIds", List.of("ATVPDKIKX0DER"));
            long id = admin.ok(admin.post("/api/v1/shops", JSON.writeValueAsString(shop)))
                    .get("id")
                    .asLong();

            // when it syncs
            JsonNode sync = admin.syncNow(id);
            JsonNode status = admin.ok(admin.get("/api/v1/shops/" + id + "/sync-status"));
            String stored =
                    jdbc.queryForObject("SELECT last_error FROM chn_sync_state WHERE shop_id = ?", String.class, id);

            // then the failure is told, and not one credential value with it
            assertThat(upstream.getAllServeEvents()).isNotEmpty();
            assertThat(sync.get("error").asString()).contains("invalid_grant", "[redacted]");
            List<String> seen = new ArrayList<>(List.of(sync.toString(), status.toString(), stored, output.getAll()));
            for (String text : seen) {
                assertThat(text).doesNotContain("ECHO1234", "ECHO-SECRET-5678", "ECHO-REFRESH-9012");
            }
        } finally {
            upstream.stop();
        }
    }

    private ApiClient.Answer send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body, null);
    }

    private ApiClient.Answer send(String method, String path, String contentType, String body, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(("admin:" + ApiClient.PASSWORD)
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            var response = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse(null);
            byte[] raw = response.body();
            JsonNode json = type != null && type.contains("json") && raw.length > 0 ? JSON.readTree(raw) : null;
            return new ApiClient.Answer(response.statusCode(), json, type, raw);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assertProblem(ApiClient.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.text()).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("title").asString()).isNotBlank();
        assertThat(answer.body().get("detail").asString()).isNotBlank();
    }
}

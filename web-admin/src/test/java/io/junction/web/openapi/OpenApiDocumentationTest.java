package io.junction.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import io.junction.web.security.Role;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document covers every endpoint of the API, with the roles the security rules really let
 * in; the document and Swagger UI are for admins only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentationTest {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointHasASummaryItsRolesHttpBasicAndItsProblemAnswers() {
        // given every handler method mapped under /api
        List<String> endpoints = apiEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(20);

        // when
        JsonNode paths = spec().get("paths");

        // then each is documented, with what a caller needs to know
        List<String> missing = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            JsonNode operation = paths.path(path).path(method.toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                missing.add(endpoint + ": not in /v3/api-docs");
                continue;
            }
            if (operation.path("summary").asString("").isBlank()) {
                missing.add(endpoint + ": no summary (@Operation(summary = …))");
            }
            if (!operation.path("security").toString().contains(OpenApiConfiguration.BASIC)) {
                missing.add(endpoint + ": no security requirement");
            }
            if (operation.path("x-roles").isEmpty()
                    || !operation.path("description").asString("").contains("Roles: ")) {
                missing.add(endpoint + ": no roles");
            }
            if (!operation.path("responses").toString().contains("application/problem+json")
                    || !operation.path("responses").has("401")) {
                missing.add(endpoint + ": no problem answers");
            }
            JsonNode body = operation.path("requestBody").path("content");
            if (!body.isMissingNode()
                    && (body.isEmpty()
                            || body.values().stream()
                                    .anyMatch(media -> media.path("example").isMissingNode()))) {
                missing.add(endpoint + ": a request body without an example (ApiExamples)");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theProblemAnswersFollowEachEndpointsShapeWithAnExample() {
        // when
        JsonNode paths = spec().get("paths");

        // then
        JsonNode detail = paths.get("/api/v1/orders/{id}").get("get").get("responses");
        assertThat(detail.has("404")).isTrue();
        assertThat(detail.has("403")).isTrue();
        assertThat(detail.has("415")).isFalse();
        JsonNode notFound = detail.get("404").get("content").get("application/problem+json");
        assertThat(notFound.get("schema").get("$ref").asString()).endsWith("/Problem");
        assertThat(notFound.get("example").get("status").asInt()).isEqualTo(404);
        JsonNode act = paths.get("/api/v1/orders/actions/{action}").get("post");
        assertThat(act.get("responses").has("400")).isTrue();
        assertThat(act.get("responses").has("415")).isTrue();
        assertThat(act.get("requestBody").toString()).contains("orderIds");
        JsonNode item =
                paths.get("/api/v1/scan-out/packages/{id}/items").get("post").get("responses");
        assertThat(item.get("200").get("content").toString()).contains("ItemScanAnswer");
        assertThat(item.get("422").get("content").toString()).contains("ItemScanAnswer");
        assertThat(item.get("409").get("content").has("application/problem+json"))
                .isTrue();
        assertThat(paths.get("/api/v1/shops").get("post").get("responses").has("409"))
                .isTrue();
    }

    @Test
    void theDocumentedRolesAreTheOnesTheApiLetsIn() throws Exception {
        // given every documented operation and the roles it names
        JsonNode paths = spec().get("paths");
        List<String> wrong = new ArrayList<>();
        for (var path : paths.properties()) {
            for (var entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                String uri = PATH_VARIABLE.matcher(path.getKey()).replaceAll("1");
                Set<String> documented = new HashSet<>();
                entry.getValue().get("x-roles").forEach(role -> documented.add(role.asString()));
                for (Role role : Role.values()) {
                    boolean allowed = documented.contains(role.name());
                    // when a refused role calls it, or an allowed one calls it without any effect
                    // (a read, or a write whose body the API cannot take)
                    Integer status = allowed
                            ? harmlessCall(role, method, uri, entry.getValue())
                            : Integer.valueOf(call(role, method, uri, "text/plain", "x"));
                    if (status == null) {
                        continue;
                    }
                    // then a refused role is refused, and an allowed one is not
                    boolean refused = status == 401 || status == 403;
                    if (allowed == refused) {
                        wrong.add(method + " " + path.getKey() + " as " + role + " answered " + status
                                + " but the document says " + documented);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theDocumentAndSwaggerUiAreForAdminsOnly() throws Exception {
        // when
        ApiClient.Answer clerkReads = ApiClient.clerk(port).get("/v3/api-docs");
        ApiClient.Answer anonymousReads = new ApiClient(port, "openapi-stranger", "wrong-password").get("/v3/api-docs");
        HttpClient admin = signedIn("admin");
        HttpClient clerk = signedIn("clerk");

        // then
        assertThat(clerkReads.status()).isEqualTo(403);
        assertThat(anonymousReads.status()).isEqualTo(401);
        assertThat(page(admin, "/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(page(admin, "/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(page(clerk, "/swagger-ui/index.html").statusCode()).isEqualTo(403);
        assertThat(page(clerk, "/v3/api-docs").statusCode()).isEqualTo(403);
        HttpResponse<String> anonymousUi = page(HttpClient.newHttpClient(), "/swagger-ui/index.html");
        assertThat(anonymousUi.statusCode()).isEqualTo(302);
        assertThat(anonymousUi.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private JsonNode spec() {
        return ApiClient.admin(port).ok(ApiClient.admin(port).get("/v3/api-docs"));
    }

    private List<String> apiEndpoints() {
        List<String> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                        .forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    /** A call as {@code role} that changes nothing, or null when there is none for this operation. */
    private Integer harmlessCall(Role role, String method, String uri, JsonNode operation) throws Exception {
        if (method.equals("GET")) {
            return call(role, method, uri, null, null);
        }
        if (operation.has("requestBody")) {
            return call(role, method, uri, "text/plain", "x");
        }
        return null;
    }

    private int call(Role role, String method, String uri, String contentType, String body) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((role.name().toLowerCase(Locale.ROOT) + ":" + ApiClient.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + uri))
                .header("Authorization", "Basic " + basic)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** A browser's session after signing in on the login page. */
    private HttpClient signedIn(String user) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = page(browser, "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the login page's CSRF token").isTrue();
        String form = "username=" + user + "&password=" + URLEncoder.encode(ApiClient.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/html,application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

package io.junction.harness;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every harness sets up the same way: a fresh MariaDB database, the simulators as a process of their own (with
 * their control port), Junction nodes started from the build's classes, a seller set up through the API alone, and
 * the calls a harness makes to the nodes' API, the control port and the database. Each harness gives the settings
 * its nodes start with beside the shared ones.
 *
 * <p>The database is {@code junction_harness} (README), dropped and created afresh; {@code JUNCTION_HARNESS_DB_URL}
 * to point elsewhere.
 */
final class HarnessRun implements AutoCloseable {

    private static final String DB = System.getenv()
            .getOrDefault(
                    "JUNCTION_HARNESS_DB_URL",
                    "jdbc:mysql://127.0.0.1:3306/junction_harness?sslMode=DISABLED&allowPublicKeyRetrieval=true");
    private static final String DB_USER = "junction";
    private static final String DB_PASSWORD = "junction";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "harness-admin-" + Long.toHexString(new SecureRandom().nextLong());

    private static final List<String> SKUS = List.of("HN-RED", "HN-BLUE", "HN-GREEN");

    /** Amazon's data delay (two minutes, the longest of the marketplaces') and half a minute of room. */
    static final Duration QUERYABLE_AGO = Duration.ofSeconds(150);

    // what a harness reads and drives directly
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final JsonMapper json = JsonMapper.builder().build();
    private final Path logs = Path.of("target", "harness");
    final Map<String, NodeProcess> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private NodeProcess simulators;
    private String control;
    JdbcTemplate db;
    private String secretsKey;

    /** What the nodes start with beside the shared settings: the harness's own. */
    private final List<String> nodeSettings;

    HarnessRun(List<String> nodeSettings) {
        this.nodeSettings = List.copyOf(nodeSettings);
    }

    /** Fresh database, empty log folder, the simulators up. */
    HarnessRun begin() throws Exception {
        freshDatabase();
        FileSystemUtils.deleteRecursively(logs);
        Files.createDirectories(logs);
        startSimulators();
        return this;
    }

    /** Stops every node and the simulators (SIGTERM). */
    @Override
    public void close() throws InterruptedException {
        for (NodeProcess node : nodes.values()) {
            node.stop();
        }
        if (simulators != null) {
            simulators.stop();
        }
    }

    /** The node's readiness, waited for. */
    void awaitReady(String name) throws InterruptedException {
        nodes.get(name).awaitReady(http, url(name, "/actuator/health/readiness"), Duration.ofMinutes(4));
    }

    /** How many parcels each carrier booked under each reference, by its own book (all carriers together). */
    Map<String, Integer> parcelsPerReference() {
        Map<String, Integer> parcels = new HashMap<>();
        control("GET", "/records")
                .get("parcels")
                .properties()
                .forEach(carrier -> carrier.getValue()
                        .properties()
                        .forEach(ref ->
                                parcels.merge(ref.getKey(), ref.getValue().asInt(), Integer::sum)));
        return parcels;
    }

    // the set-up

    void freshDatabase() throws SQLException {
        URI uri = URI.create(DB.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        String server =
                DB.substring(0, DB.indexOf(uri.getPath())) + "/" + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
        try (Connection connection = DriverManager.getConnection(server, DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        db = new JdbcTemplate(new SingleConnectionDataSource(DB, DB_USER, DB_PASSWORD, true));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        secretsKey = Base64.getEncoder().encodeToString(key);
    }

    void startSimulators() throws Exception {
        int port = freePort();
        simulators = NodeProcess.of(
                        "simulators",
                        "io.junction.web.demo.StandaloneSimulators",
                        List.of("--port=" + port),
                        Map.of(),
                        logs)
                .start();
        control = "http://127.0.0.1:" + port;
        simulators.awaitReady(http, control + "/endpoints", Duration.ofMinutes(3));
        control("POST", "/catalogue?skus=" + String.join(",", SKUS));
    }

    void startNodes(String first, String... others) throws Exception {
        // the first alone: it creates the tables and the first admin
        start(first).awaitReady(http, url(first, "/actuator/health/readiness"), Duration.ofMinutes(4));
        List<NodeProcess> rest = new ArrayList<>();
        for (String other : others) {
            rest.add(start(other));
        }
        for (NodeProcess node : rest) {
            node.awaitReady(http, url(node.name(), "/actuator/health/readiness"), Duration.ofMinutes(4));
        }
    }

    NodeProcess start(String name) throws IOException {
        int port = ports.computeIfAbsent(name, n -> freePort());
        Map<String, String> env = Map.of(
                "JUNCTION_DB_URL", DB,
                "JUNCTION_DB_USER", DB_USER,
                "JUNCTION_DB_PASSWORD", DB_PASSWORD,
                "JUNCTION_SECRETS_KEY", secretsKey,
                "JUNCTION_ADMIN_USER", ADMIN,
                "JUNCTION_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JUNCTION_NODE_NAME", name,
                "SERVER_PORT", String.valueOf(port));
        List<String> settings = new ArrayList<>(List.of(
                "--spring.profiles.active=mysql",
                "--junction.sync.interval=PT30S",
                // the simulators sell to a few buyers again and again: the review's duplicate
                // and address checks (tested on their own) would hold most orders for a person
                "--junction.rules.checks.enabled=false",
                // the simulator's own plan: the harness syncs far more often than Amazon's default
                // allows
                "--junction.connectors.amazon.calls.usage-plans.by-operation.searchOrders=5/20",
                // what the other simulators grant, a little under their buckets, as in web-admin's tests: on the
                // default of 10 calls a second a shop's first Taobao sync (7 days in 336 half-hour windows) alone
                // took 32 s
                "--junction.connectors.taobao.calls.usage-plans.otherwise=40/80",
                "--junction.connectors.aliexpress.calls.usage-plans.otherwise=80/400",
                "--junction.connectors.jd.calls.usage-plans.otherwise=16/40",
                // every call of the harness signs in with HTTP Basic: the cheapest bcrypt cost, as in web-admin's
                // tests, keeps the hashing from taking the CPU the nodes' work needs
                "--junction.security.bcrypt-cost=4"));
        settings.addAll(nodeSettings);
        NodeProcess node = NodeProcess.of(name, "io.junction.JunctionApplication", settings, env, logs)
                .start();
        nodes.put(name, node);
        return node;
    }

    /** SKUs with stock, a carrier account and method, and a shop per marketplace, as a seller sets them up. */
    Map<String, Long> setUpSellerThroughTheApi() {
        for (int i = 0; i < SKUS.size(); i++) {
            api(
                    "node-a",
                    "POST",
                    "/api/v1/skus",
                    Map.of(
                            "code",
                            SKUS.get(i),
                            "name",
                            "Harness " + SKUS.get(i),
                            "nameEn",
                            "Harness " + SKUS.get(i),
                            "barcodes",
                            List.of("69000000000" + i),
                            "weightGrams",
                            120,
                            "declaredNameEn",
                            "T-shirt",
                            "declaredNameCn",
                            "T恤",
                            "declaredValue",
                            5,
                            "declaredCurrency",
                            "USD",
                            "hsCode",
                            "610910"));
        }
        api(
                "node-a",
                "POST",
                "/api/v1/stock/receipts",
                Map.of(
                        "reference",
                        "HARNESS-1",
                        "lines",
                        SKUS.stream()
                                .map(sku -> Map.of("skuCode", sku, "quantity", 100_000, "location", "A-01"))
                                .toList()));
        JsonNode endpoints = control("GET", "/endpoints");
        JsonNode carrier = endpoints.get("carriers").get(0);
        JsonNode account = api(
                "node-a",
                "POST",
                "/api/v1/carrier-accounts",
                Map.of(
                        "carrierCode", carrier.get("carrier").asString(),
                        "name", "Harness " + carrier.get("carrier").asString(),
                        "endpoint", carrier.get("endpoint").asString(),
                        "credentials", json.convertValue(carrier.get("credentials"), Map.class)));
        // how each marketplace names the carrier in a confirmation, as the demo sets it
        Map<String, Object> marketplaceCarriers = new LinkedHashMap<>();
        marketplaceCarriers.put("DEFAULT", json.convertValue(carrier.get("marketplaceCarrier"), Map.class));
        for (JsonNode marketplace : endpoints.get("marketplaces")) {
            marketplaceCarriers.put(
                    marketplace.get("platform").asString(), json.convertValue(marketplace.get("carrier"), Map.class));
        }
        JsonNode method = api(
                "node-a",
                "POST",
                "/api/v1/logistics-methods",
                Map.of(
                        "code",
                        "HARNESS-" + carrier.get("carrier").asString(),
                        "name",
                        "Harness " + carrier.get("serviceCode").asString(),
                        "carrierAccountId",
                        account.get("id").asLong(),
                        "serviceCode",
                        carrier.get("serviceCode").asString(),
                        "marketplaceCarriers",
                        marketplaceCarriers,
                        "enabled",
                        true));
        Map<String, Long> shops = new LinkedHashMap<>();
        for (JsonNode marketplace : endpoints.get("marketplaces")) {
            Map<String, Object> shop = new HashMap<>();
            shop.put("platform", marketplace.get("platform").asString());
            shop.put("name", "Harness " + marketplace.get("platform").asString());
            shop.put("endpoint", marketplace.get("endpoint").asString());
            String auth = marketplace.get("authEndpoint").asString();
            shop.put("authEndpoint", "null".equals(auth) ? null : auth);
            shop.put("credentials", json.convertValue(marketplace.get("credentials"), Map.class));
            shop.put("marketplaceIds", json.convertValue(marketplace.get("marketplaceIds"), List.class));
            shop.put("defaultLogisticsMethodId", method.get("id").asLong());
            JsonNode added = api("node-a", "POST", "/api/v1/shops", shop);
            shops.put(marketplace.get("platform").asString(), added.get("id").asLong());
        }
        return shops;
    }

    /** Orders waiting for tracking numbers with a package the carrier has not refused. */
    List<Long> awaitingAnAnswer() {
        return db.queryForList(
                "SELECT DISTINCT o.id FROM oms_order o JOIN oms_package p ON p.order_id = o.id"
                        + " WHERE o.status = 'PENDING_TRACKING' AND p.preadvice_status <> 'REJECTED' ORDER BY o.id",
                Long.class);
    }

    // the pipeline, spread over the nodes

    /**
     * One batch action over the orders, a hundred at a time, spread over the live nodes; every refusal is a harness
     * failure, but for a pre-advice another node holds right now (tried again by the caller).
     */
    void act(String action, List<Long> ids) {
        List<String> alive = nodes.values().stream()
                .filter(NodeProcess::alive)
                .map(NodeProcess::name)
                .toList();
        List<List<Long>> chunks = chunks(ids);
        for (int i = 0; i < chunks.size(); i++) {
            JsonNode result = api(
                    alive.get(i % alive.size()),
                    "POST",
                    "/api/v1/orders/actions/" + action,
                    Map.of("orderIds", chunks.get(i)));
            if (!"request-tracking".equals(action) && !result.path("failed").isEmpty()) {
                throw new IllegalStateException(action + " refused orders: " + result.get("failed"));
            }
        }
    }

    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 100) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + 100)));
        }
        return chunks;
    }

    List<Long> idsIn(String status) {
        return db.queryForList("SELECT id FROM oms_order WHERE status = ? ORDER BY id", Long.class, status);
    }

    long orderCount() {
        return db.queryForObject("SELECT COUNT(*) FROM oms_order", Long.class);
    }

    /**
     * Orders created {@link #QUERYABLE_AGO} ago: past every marketplace's data delay, so the next sync reads them,
     * and within every connector's window overlap (10 minutes at least), so a sync that has already passed their
     * time reads them again, as it does an order a platform lists late. The harness need not wait out the delay.
     */
    Map<String, List<String>> placeQueryableOrders(int perMarketplace) {
        JsonNode placed =
                control("POST", "/orders?count=" + perMarketplace + "&agoSeconds=" + QUERYABLE_AGO.toSeconds());
        Map<String, List<String>> ids = new LinkedHashMap<>();
        placed.properties().forEach(e -> ids.put(e.getKey(), json.convertValue(e.getValue(), List.class)));
        return ids;
    }

    // HTTP

    HttpRequest.Builder authorized(String node, String path) {
        String credentials =
                Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url(node, path)))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + credentials);
    }

    JsonNode api(String node, String method, String path, Object body) {
        HttpRequest.Builder request = authorized(node, path).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> answer = send(request.build());
        if (answer.statusCode() >= 400 && answer.statusCode() != 409) {
            throw new IllegalStateException(
                    method + " " + path + " on " + node + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().isBlank() ? json.createObjectNode() : json.readTree(answer.body());
    }

    JsonNode control(String method, String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(control + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode());
        }
        return json.readTree(answer.body());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url(String node, String path) {
        return "http://127.0.0.1:" + ports.get(node) + path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(String what, Duration patience, BooleanSupplier done) throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("not within " + patience + ": " + what);
            }
            Thread.sleep(1_000);
        }
    }
}

package io.junction.harness;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three real Junction nodes on one MariaDB, with the marketplaces' and carrier's simulators as a process of their
 * own, everything set up through the API as a new seller would. Orders go from the marketplaces through review,
 * allocation, tracking numbers, print, scan and ship to confirmed write-back, spread over the three nodes, while one
 * node is killed ({@code kill -9}) during a sync, during a wave of pre-advices and during write-back, and restarted.
 * Afterwards it checks against the simulators' own books: no order missed or doubled, no parcel booked twice, no
 * confirmation doubled or lost, no execution left STARTED, and the dead node's shop synced again soon after its
 * death (the gap is printed). Then it measures pre-advice throughput at 300 ms carrier latency on three nodes
 * against one.
 *
 * <p>{@code -Djunction.harness.orders=N} orders per marketplace and wave (default 40; CI runs 5). The database is
 * {@code junction_harness} (README), dropped and created afresh; {@code JUNCTION_HARNESS_DB_URL} to point elsewhere.
 */
@Tag("harness")
class NodesHarness {

    private static final int ORDERS = Integer.getInteger("junction.harness.orders", 40);
    private static final int THROUGHPUT_ORDERS = Integer.getInteger("junction.harness.throughput-orders", 800);
    private static final String DB = System.getenv()
            .getOrDefault(
                    "JUNCTION_HARNESS_DB_URL",
                    "jdbc:mysql://127.0.0.1:3306/junction_harness?sslMode=DISABLED&allowPublicKeyRetrieval=true");
    private static final String DB_USER = "junction";
    private static final String DB_PASSWORD = "junction";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "harness-admin-" + Long.toHexString(new SecureRandom().nextLong());
    /** What the simulated carrier grants one account: calls a second / at once, per operation. */
    private static final String CARRIER_PLAN = "60/60";

    /** Parcels of one carrier account a node requests at once. */
    private static final int PARALLEL_PER_ACCOUNT = 4;

    private static final List<String> SKUS = List.of("HN-RED", "HN-BLUE", "HN-GREEN");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Path logs = Path.of("target", "harness");
    private final Map<String, NodeProcess> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final List<String> report = new ArrayList<>();
    private NodeProcess simulators;
    private String control;
    private JdbcTemplate db;
    private String secretsKey;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (NodeProcess node : nodes.values()) {
            node.stop();
        }
        if (simulators != null) {
            simulators.stop();
        }
    }

    @Test
    void threeNodesLoseNothingAndDoNothingTwiceWhenOneIsKilledAtTheWorstMoments() throws Exception {
        // given a fresh database, the simulators, three nodes and a seller set up through the API
        freshDatabase();
        FileSystemUtils.deleteRecursively(logs);
        Files.createDirectories(logs);
        startSimulators();
        startNodes("node-a", "node-b", "node-c");
        Map<String, Long> shops = setUpSellerThroughTheApi();

        // when orders arrive and one node is killed in the middle of a shop's sync
        control("POST", "/latency?ms=150");
        Map<String, List<String>> placed = placeOrders(ORDERS);
        shops.values().forEach(id -> api("node-a", "POST", "/api/v1/shops/" + id + "/sync", null));
        Duration syncGap = killDuringSync(shops);
        control("POST", "/latency?ms=0");
        int expected = placed.values().stream().mapToInt(List::size).sum();
        await("every order placed is in Junction", Duration.ofMinutes(5), () -> orderCount() >= expected);

        // and is killed again during a wave of pre-advices, and during write-back
        act("audit", idsIn("PENDING_AUDIT"));
        act("allocate", idsIn("PENDING_ALLOCATION"));
        control("POST", "/latency?ms=300");
        killDuringPreAdvice("node-b");
        control("POST", "/latency?ms=0");
        printLabels(idsIn("PENDING_PRINT"));
        act("mark-printed", idsIn("PENDING_PRINT"));
        shipEverythingKilling("node-c");
        // orders the checks or the carrier held for a person (an address to fix, a likely duplicate) are not lost
        int held = idsIn("ON_HOLD").size();
        report.add(held + " orders held for a person (checks at review, the carrier's refusals)");
        int shippable = expected - held;
        await(
                "every shipped order confirmed to its marketplace",
                Duration.ofMinutes(5),
                () -> confirmedOrders() >= shippable);

        // then, by the simulators' own books and the database
        JsonNode records = control("GET", "/records");
        Map<String, Integer> confirmationsPerOrder = new HashMap<>();
        records.get("confirmations")
                .properties()
                .forEach(platform -> platform.getValue()
                        .properties()
                        .forEach(order -> confirmationsPerOrder.put(
                                platform.getKey() + ":" + order.getKey(),
                                order.getValue().size())));
        Map<String, Integer> parcelsPerReference = new HashMap<>();
        records.get("parcels")
                .properties()
                .forEach(carrier -> carrier.getValue()
                        .properties()
                        .forEach(ref -> parcelsPerReference.put(
                                ref.getKey(), ref.getValue().asInt())));
        long missed = placed.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(id -> e.getKey() + ":" + id))
                .filter(key -> !inJunction(key))
                .count();
        long doubledOrders = expected - distinctOrders();
        long duplicateParcels =
                parcelsPerReference.values().stream().filter(n -> n > 1).count();
        long doubledConfirmations =
                confirmationsPerOrder.values().stream().filter(n -> n > 1).count();
        long unconfirmed = shippable - confirmationsPerOrder.size();
        long unresolved = db.queryForObject(
                "SELECT COUNT(*) FROM oms_package WHERE preadvice_status IN ('REQUESTING', 'UNKNOWN')", Long.class);
        long zombies = db.queryForObject(
                "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTED', 'STARTING') AND START_TIME < ?",
                Long.class,
                java.sql.Timestamp.from(Instant.now().minusSeconds(120)));
        report.add(String.format(
                Locale.ROOT,
                "orders placed %d, missed %d, doubled %d; parcels %d, booked twice %d, unresolved %d;"
                        + " confirmations doubled %d, lost %d; executions left STARTED %d",
                expected,
                missed,
                doubledOrders,
                parcelsPerReference.size(),
                duplicateParcels,
                unresolved,
                doubledConfirmations,
                unconfirmed,
                zombies));
        report.add("a killed node's shop synced again " + syncGap.toMillis() / 1000.0 + " s after its death");
        System.out.println("\n[nodes harness]\n  " + String.join("\n  ", report) + "\n");

        assertThat(missed).isZero();
        assertThat(doubledOrders).isZero();
        assertThat(duplicateParcels).isZero();
        assertThat(unresolved).isZero();
        assertThat(doubledConfirmations).isZero();
        assertThat(unconfirmed).isZero();
        assertThat(zombies).isZero();
        assertThat(syncGap).isLessThan(Duration.ofSeconds(60));

        // and carrier-bound work goes faster on three nodes than on one, still booking each parcel once
        double ratio = preAdviceOnThreeNodesAgainstOne();
        Map<String, Integer> parcelsAfter = new HashMap<>();
        control("GET", "/records")
                .get("parcels")
                .properties()
                .forEach(carrier -> carrier.getValue()
                        .properties()
                        .forEach(ref ->
                                parcelsAfter.put(ref.getKey(), ref.getValue().asInt())));
        System.out.println("\n[nodes harness]\n  " + report.get(report.size() - 1) + "\n");
        assertThat(parcelsAfter.values()).allMatch(n -> n == 1);
        // the goal (2.5 times) is a figure the harness prints; as a check, three nodes must at least beat one clearly
        assertThat(ratio).isGreaterThan(1.5);
    }

    /**
     * Tracking numbers at 300 ms carrier latency for half the orders of a new wave on one node, then for the other
     * half spread over three nodes at once; the ratio of their rates.
     */
    private double preAdviceOnThreeNodesAgainstOne() throws Exception {
        int before = (int) orderCount();
        int perMarketplace = Math.max(1, THROUGHPUT_ORDERS / 4);
        placeOrders(perMarketplace);
        shops().forEach(id -> api("node-a", "POST", "/api/v1/shops/" + id + "/sync", null));
        await(
                "the throughput wave is in Junction",
                Duration.ofMinutes(3),
                () -> orderCount() >= before + 4L * perMarketplace);
        act("audit", idsIn("PENDING_AUDIT"));
        act("allocate", idsIn("PENDING_ALLOCATION"));
        List<Long> waiting = idsIn("PENDING_TRACKING");
        List<Long> alone = waiting.subList(0, waiting.size() / 2);
        List<Long> together = waiting.subList(waiting.size() / 2, waiting.size());
        control("POST", "/latency?ms=300");
        long start = System.nanoTime();
        for (List<Long> chunk : chunks(alone)) {
            api("node-a", "POST", "/api/v1/orders/actions/request-tracking", Map.of("orderIds", chunk));
        }
        double oneNode = alone.size() / ((System.nanoTime() - start) / 1e9);
        List<String> names = List.copyOf(nodes.keySet());
        start = System.nanoTime();
        List<CompletableFuture<Void>> each = new ArrayList<>();
        for (int n = 0; n < names.size(); n++) {
            String node = names.get(n);
            List<Long> share = new ArrayList<>();
            for (int i = n; i < together.size(); i += names.size()) {
                share.add(together.get(i));
            }
            each.add(CompletableFuture.runAsync(() -> {
                for (List<Long> chunk : chunks(share)) {
                    api(node, "POST", "/api/v1/orders/actions/request-tracking", Map.of("orderIds", chunk));
                }
            }));
        }
        CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).join();
        double threeNodes = together.size() / ((System.nanoTime() - start) / 1e9);
        control("POST", "/latency?ms=0");
        assertThat(awaitingAnAnswer()).isEmpty();
        double ratio = threeNodes / oneNode;
        report.add(String.format(
                Locale.ROOT,
                "pre-advice at 300 ms: one node %d orders at %.1f orders/s, three nodes %d orders at %.1f orders/s:"
                        + " %.2f x (%d parcels at once per node), within the carrier's %s calls a second per account"
                        + " and operation, shared",
                alone.size(),
                oneNode,
                together.size(),
                threeNodes,
                ratio,
                PARALLEL_PER_ACCOUNT,
                CARRIER_PLAN));
        return ratio;
    }

    private List<Long> shops() {
        return db.queryForList("SELECT id FROM chn_shop ORDER BY id", Long.class);
    }

    // the set-up

    private void freshDatabase() throws SQLException {
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

    private void startSimulators() throws Exception {
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

    private void startNodes(String first, String... others) throws Exception {
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

    private NodeProcess start(String name) throws IOException {
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
        NodeProcess node = NodeProcess.of(
                        name,
                        "io.junction.JunctionApplication",
                        List.of(
                                "--spring.profiles.active=mysql",
                                "--junction.sync.interval=PT30S",
                                // the simulators sell to a few buyers again and again: the review's duplicate
                                // and address checks (tested on their own) would hold most orders for a person
                                "--junction.rules.checks.enabled=false",
                                // the simulator's own plan: the harness syncs far more often than Amazon's default
                                // allows
                                "--junction.connectors.amazon.calls.usage-plans.by-operation.searchOrders=5/20",
                                // the simulated carrier's limit per account, which the three nodes share
                                "--junction.carriers.calls.usage-plans.otherwise=" + CARRIER_PLAN,
                                // each node waits on the carrier for this many parcels of an account at once: the
                                // throughput stays bound by the carrier's latency (the work this measures), not by
                                // the CPU of a small machine that runs three nodes and the simulators side by side
                                "--junction.preadvice.parallel-per-account=" + PARALLEL_PER_ACCOUNT),
                        env,
                        logs)
                .start();
        nodes.put(name, node);
        return node;
    }

    /** SKUs with stock, a carrier account and method, and a shop per marketplace, as a seller sets them up. */
    private Map<String, Long> setUpSellerThroughTheApi() {
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

    // the faults

    /** Kills the node whose run holds a shop's sync; the time from its death to that shop's next good sync. */
    private Duration killDuringSync(Map<String, Long> shops) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(giveUp)) {
            for (long shop : shops.values()) {
                JsonNode status = api("node-a", "GET", "/api/v1/shops/" + shop + "/sync-status", null);
                String holder = status.path("runningOn").asString(null);
                if (holder != null && nodes.containsKey(holder)) {
                    Instant death = nodes.get(holder).kill();
                    // the marketplaces' latency only served to catch a sync running
                    control("POST", "/latency?ms=0");
                    report.add("killed " + holder + " during the sync of shop " + shop);
                    String witness = nodes.keySet().stream()
                            .filter(n -> !n.equals(holder))
                            .findFirst()
                            .orElseThrow();
                    Instant[] again = new Instant[1];
                    await("shop " + shop + " synced again after " + holder + " died", Duration.ofMinutes(3), () -> {
                        JsonNode now = api(witness, "GET", "/api/v1/shops/" + shop + "/sync-status", null);
                        String last = now.path("lastSuccessAt").asString(null);
                        if (last != null && Instant.parse(last).isAfter(death)) {
                            again[0] = Instant.parse(last);
                            return true;
                        }
                        return false;
                    });
                    start(holder).awaitReady(http, url(holder, "/actuator/health/readiness"), Duration.ofMinutes(4));
                    return Duration.between(death, again[0]);
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no sync was caught running within two minutes");
    }

    /** Requests tracking numbers for everything on {@code victim}, kills it mid-wave, and finishes on the others. */
    private void killDuringPreAdvice(String victim) throws Exception {
        List<Long> waiting = idsIn("PENDING_TRACKING");
        CompletableFuture<Void> wave = CompletableFuture.runAsync(() -> {
            for (List<Long> chunk : chunks(waiting)) {
                if (!nodes.get(victim).alive()) {
                    return;
                }
                try {
                    api(victim, "POST", "/api/v1/orders/actions/request-tracking", Map.of("orderIds", chunk));
                } catch (RuntimeException killed) {
                    return;
                }
            }
        });
        Thread.sleep(1_500);
        nodes.get(victim).kill();
        report.add("killed " + victim + " during a wave of " + waiting.size() + " pre-advices");
        wave.join();
        start(victim).awaitReady(http, url(victim, "/actuator/health/readiness"), Duration.ofMinutes(4));
        await("every order has its tracking number or the carrier's refusal", Duration.ofMinutes(4), () -> {
            List<Long> left = awaitingAnAnswer();
            if (!left.isEmpty()) {
                act("request-tracking", left);
            }
            return awaitingAnAnswer().isEmpty();
        });
        // an order the carrier refused (the simulators sell some with a bad address) waits for a person: held
        List<Long> refused = idsIn("PENDING_TRACKING");
        if (!refused.isEmpty()) {
            api(
                    "node-a",
                    "POST",
                    "/api/v1/orders/actions/hold",
                    Map.of("orderIds", refused, "reason", "the carrier refused the address"));
        }
        report.add(refused.size() + " orders refused by the carrier for their address, held for a person");
    }

    /** Orders waiting for tracking numbers with a package the carrier has not refused. */
    private List<Long> awaitingAnAnswer() {
        return db.queryForList(
                "SELECT DISTINCT o.id FROM oms_order o JOIN oms_package p ON p.order_id = o.id"
                        + " WHERE o.status = 'PENDING_TRACKING' AND p.preadvice_status <> 'REJECTED' ORDER BY o.id",
                Long.class);
    }

    /** Scans and ships every printed package over the nodes, killing {@code victim} halfway. */
    private void shipEverythingKilling(String victim) throws Exception {
        List<String> trackingNumbers = db.queryForList(
                "SELECT p.tracking_number FROM oms_package p JOIN oms_order o ON o.id = p.order_id"
                        + " WHERE o.status = 'PENDING_SHIPMENT' AND p.shipped_at IS NULL ORDER BY p.id",
                String.class);
        List<String> alive = new ArrayList<>(nodes.keySet());
        for (int i = 0; i < trackingNumbers.size(); i++) {
            if (i == trackingNumbers.size() / 2) {
                nodes.get(victim).kill();
                alive.remove(victim);
                report.add("killed " + victim + " during write-back, after " + i + " parcels shipped");
            }
            String node = alive.get(i % alive.size());
            JsonNode pkg = api(node, "POST", "/api/v1/scan-out/packages", Map.of("code", trackingNumbers.get(i)));
            for (JsonNode item : pkg.get("items")) {
                for (int unit = 0; unit < item.get("quantity").asInt(); unit++) {
                    api(
                            node,
                            "POST",
                            "/api/v1/scan-out/packages/" + pkg.get("id").asLong() + "/items",
                            Map.of("barcode", item.get("barcodes").get(0).asString()));
                }
            }
            api(node, "POST", "/api/v1/scan-out/packages/" + pkg.get("id").asLong() + "/ship", Map.of());
        }
        start(victim).awaitReady(http, url(victim, "/actuator/health/readiness"), Duration.ofMinutes(4));
    }

    // the pipeline, spread over the nodes

    /**
     * One batch action over the orders, a hundred at a time, spread over the live nodes; every refusal is a harness
     * failure, but for a pre-advice another node holds right now (tried again by the caller).
     */
    private void act(String action, List<Long> ids) {
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

    /** Prints the orders' labels (recorded on each package), a hundred orders per PDF. */
    private void printLabels(List<Long> ids) {
        for (List<Long> chunk : chunks(ids)) {
            HttpResponse<String> answer = send(authorized("node-a", "/api/v1/labels")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("orderIds", chunk))))
                    .build());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("printing labels answered " + answer.statusCode());
            }
        }
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 100) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + 100)));
        }
        return chunks;
    }

    private List<Long> idsIn(String status) {
        return db.queryForList("SELECT id FROM oms_order WHERE status = ? ORDER BY id", Long.class, status);
    }

    private long orderCount() {
        return db.queryForObject("SELECT COUNT(*) FROM oms_order", Long.class);
    }

    private long distinctOrders() {
        return db.queryForObject(
                "SELECT COUNT(*) FROM (SELECT DISTINCT platform, platform_order_id FROM oms_order) d", Long.class);
    }

    private boolean inJunction(String platformAndId) {
        String[] parts = platformAndId.split(":", 2);
        return db.queryForObject(
                        "SELECT COUNT(*) FROM oms_order WHERE platform = ? AND platform_order_id = ?",
                        Long.class,
                        parts[0],
                        parts[1])
                == 1;
    }

    private long confirmedOrders() {
        JsonNode records = control("GET", "/records");
        long confirmed = 0;
        for (JsonNode platform : records.get("confirmations")) {
            confirmed += platform.size();
        }
        return confirmed;
    }

    private Map<String, List<String>> placeOrders(int perMarketplace) {
        JsonNode placed = control("POST", "/orders?count=" + perMarketplace);
        Map<String, List<String>> ids = new LinkedHashMap<>();
        placed.properties().forEach(e -> ids.put(e.getKey(), json.convertValue(e.getValue(), List.class)));
        return ids;
    }

    // HTTP

    private HttpRequest.Builder authorized(String node, String path) {
        String credentials =
                Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url(node, path)))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + credentials);
    }

    private JsonNode api(String node, String method, String path, Object body) {
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

    private JsonNode control(String method, String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(control + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode());
        }
        return json.readTree(answer.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String url(String node, String path) {
        return "http://127.0.0.1:" + ports.get(node) + path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, Duration patience, BooleanSupplier done) throws InterruptedException {
        Instant giveUp = Instant.now().plus(patience);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("not within " + patience + ": " + what);
            }
            Thread.sleep(1_000);
        }
    }
}

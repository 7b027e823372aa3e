package io.junction.web.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.junction.demo.DemoCarrier;
import io.junction.demo.DemoMarketplace;
import io.junction.simulator.FaultMix;
import io.junction.simulator.SimulatedCarrier;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's simulators, every marketplace and carrier on the classpath, as a process of their own: so that several
 * Junction nodes (and a harness that kills them) share one set of marketplaces and carriers, as in production.
 * Each simulator listens on a port of its own on loopback; a small control port says where, places orders and
 * reports what the simulators recorded, from their own books:
 *
 * <ul>
 *   <li>{@code GET /endpoints}: each marketplace's and carrier's endpoint and credentials, as the demo would set
 *       up its shops and carrier accounts;
 *   <li>{@code POST /catalogue?skus=A,B}: every marketplace sells these seller SKUs from now on;
 *   <li>{@code POST /orders?count=N&agoSeconds=S}: every marketplace places N paid orders, created now or S seconds
 *       ago (a platform's list serves an order only once its data delay has passed: Amazon's two minutes); answers
 *       their ids by platform;
 *   <li>{@code GET /records}: the confirmations each marketplace accepted per order, the parcels each carrier
 *       booked per reference, and the random faults each carrier's calls met, by kind;
 *   <li>{@code POST /latency?ms=N}: every simulator answers each call N ms after it arrives (0: at once);
 *   <li>{@code POST /faults?seed=S&serverError=R&empty=R&malformed=R&garbage=R&slow=R&slowMs=N}: each carrier's
 *       calls meet these faults at random from now on, at these rates (fractions; left out: 0), reproducibly
 *       from the seed ({@link FaultMix}); without rates, none.
 * </ul>
 *
 * <p>Run from the packaged jar: {@code java -cp web-admin/target/junction-web-admin-*.jar
 * -Dloader.main=io.junction.web.demo.StandaloneSimulators org.springframework.boot.loader.launch.PropertiesLauncher
 * --port=18900}.
 */
public final class StandaloneSimulators {

    private final List<DemoMarketplace> marketplaces;
    private final List<DemoCarrier> carriers;
    private final List<SimulatedCarrier> carrierBooks;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    StandaloneSimulators(
            List<DemoMarketplace> marketplaces,
            List<DemoCarrier> carriers,
            List<SimulatedCarrier> carrierBooks,
            Clock clock) {
        this.marketplaces = List.copyOf(marketplaces);
        this.carriers = List.copyOf(carriers);
        this.carrierBooks = List.copyOf(carrierBooks);
        this.clock = clock;
    }

    public static void main(String[] args) throws IOException {
        int port = Arrays.stream(args)
                .filter(a -> a.startsWith("--port="))
                .map(a -> Integer.parseInt(a.substring("--port=".length())))
                .findFirst()
                .orElse(18900);
        AnnotationConfigApplicationContext context = simulators();
        StandaloneSimulators simulators = new StandaloneSimulators(
                List.copyOf(context.getBeansOfType(DemoMarketplace.class).values()),
                // in their order, as the demo lists them: YunExpress, the first, is the one a harness sets up
                context.getBeanProvider(DemoCarrier.class).orderedStream().toList(),
                List.copyOf(context.getBeansOfType(SimulatedCarrier.class).values()),
                context.getBean(Clock.class));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", simulators::handle);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
        System.out.println("simulators' control port: http://127.0.0.1:" + port + "/endpoints");
    }

    /** Every module's demo configuration, with nothing else of Junction's: the simulators alone. */
    private static AnnotationConfigApplicationContext simulators() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("standalone", Map.of("junction.demo.enabled", "true")));
        context.registerBean(Clock.class, Clock::systemUTC);
        // every module's demo configuration: the marketplaces' are auto-configurations, the carriers' are found
        // by their module's scan; both by the name their folder gives them
        ClassPathScanningCandidateComponentProvider scan =
                new ClassPathScanningCandidateComponentProvider(false, context.getEnvironment());
        scan.addIncludeFilter(
                (reader, factory) -> reader.getClassMetadata().getClassName().endsWith("DemoConfiguration")
                        && reader.getAnnotationMetadata().isAnnotated(Configuration.class.getName()));
        for (BeanDefinition found : scan.findCandidateComponents("io.junction")) {
            if (!found.getBeanClassName().startsWith("io.junction.web.")) {
                context.registerBean(ClassUtils.resolveClassName(found.getBeanClassName(), null));
            }
        }
        context.refresh();
        context.registerShutdownHook();
        return context;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status;
            byte[] body;
            try {
                Object answer = answer(exchange);
                status = answer == null ? 404 : 200;
                body = answer == null
                        ? "{\"error\":\"no such control\"}".getBytes(StandardCharsets.UTF_8)
                        : json.writeValueAsBytes(answer);
            } catch (RuntimeException failed) {
                status = 500;
                body = json.writeValueAsBytes(Map.of("error", String.valueOf(failed)));
            }
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Object answer(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        return switch (exchange.getRequestMethod() + " " + path) {
            case "GET /endpoints" -> endpoints();
            case "POST /catalogue" ->
                catalogue(List.of(query.getOrDefault("skus", "").split(",")));
            case "POST /orders" ->
                orders(
                        Integer.parseInt(query.getOrDefault("count", "1")),
                        Duration.ofSeconds(Long.parseLong(query.getOrDefault("agoSeconds", "0"))));
            case "GET /records" -> records();
            case "POST /latency" -> latency(Duration.ofMillis(Long.parseLong(query.getOrDefault("ms", "0"))));
            case "POST /faults" -> faults(query);
            default -> null;
        };
    }

    private Map<String, Object> endpoints() {
        return Map.of(
                "marketplaces",
                marketplaces.stream()
                        .map(m -> Map.of(
                                "platform", m.platform(),
                                "endpoint", m.endpoint(),
                                "authEndpoint", String.valueOf(m.authEndpoint()),
                                "credentials", m.credentials(),
                                "marketplaceIds", m.marketplaceIds(),
                                "carrier", m.carrier()))
                        .toList(),
                "carriers",
                carriers.stream()
                        .map(c -> Map.of(
                                "carrier", c.carrier(),
                                "endpoint", c.endpoint(),
                                "credentials", c.credentials(),
                                "serviceCode", c.serviceCode(),
                                "marketplaceCarrier", c.marketplaceCarrier()))
                        .toList());
    }

    private Map<String, Object> catalogue(List<String> skus) {
        marketplaces.forEach(m -> m.simulator().catalogue(skus));
        return Map.of("skus", skus);
    }

    private Map<String, List<String>> orders(int count, Duration ago) {
        Map<String, List<String>> placed = new LinkedHashMap<>();
        marketplaces.forEach(m -> placed.put(
                m.platform(), m.simulator().placeOrders(count, clock.instant().minus(ago))));
        return placed;
    }

    private Map<String, Object> latency(Duration delay) {
        marketplaces.forEach(m -> m.simulator().answerEveryCallAfter(delay));
        carrierBooks.forEach(c -> c.answerEveryCallAfter(delay));
        return Map.of("latencyMillis", delay.toMillis());
    }

    private Map<String, Object> faults(Map<String, String> query) {
        FaultMix mix = new FaultMix(
                Long.parseLong(query.getOrDefault("seed", "1")),
                Double.parseDouble(query.getOrDefault("serverError", "0")),
                Double.parseDouble(query.getOrDefault("empty", "0")),
                Double.parseDouble(query.getOrDefault("malformed", "0")),
                Double.parseDouble(query.getOrDefault("garbage", "0")),
                Double.parseDouble(query.getOrDefault("slow", "0")),
                Duration.ofMillis(Long.parseLong(query.getOrDefault("slowMs", "0"))));
        carrierBooks.forEach(c -> c.failsAtRandom(mix));
        return Map.of("faults", mix.toString());
    }

    private Map<String, Object> records() {
        Map<String, Object> confirmations = new LinkedHashMap<>();
        marketplaces.forEach(m -> confirmations.put(m.platform(), m.simulator().confirmedTrackingNumbers()));
        Map<String, Object> parcels = new LinkedHashMap<>();
        Map<String, Object> faults = new LinkedHashMap<>();
        carrierBooks.forEach(c -> {
            parcels.put(c.carrierCode(), c.parcelsPerReference());
            faults.put(c.carrierCode(), c.faultsInjected());
        });
        return Map.of("confirmations", confirmations, "parcels", parcels, "faults", faults);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}

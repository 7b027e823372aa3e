package io.junction.bench;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the benchmarks run: with the {@code mariadb} profile on database {@code junction_bench} (or
 * {@code JUNCTION_BENCH_DB_URL}), kept apart from the tests' database; otherwise on the tests' H2.
 */
final class BenchDatabase {

    static final boolean MARIADB = "mariadb".equals(System.getProperty("junction.test.db"));

    private BenchDatabase() {}

    /** Points the datasource at the benchmark database when the run is on MariaDB. */
    static void register(DynamicPropertyRegistry registry) {
        if (MARIADB) {
            String url = System.getenv()
                    .getOrDefault(
                            "JUNCTION_BENCH_DB_URL",
                            "jdbc:mysql://127.0.0.1:3306/junction_bench?sslMode=DISABLED&allowPublicKeyRetrieval=true");
            registry.add("spring.datasource.url", () -> url);
        }
    }
}

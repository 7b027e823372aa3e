package io.junction.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.JunctionApplication;
import io.junction.logistics.LogisticsMapper;
import io.junction.shop.Shop;
import io.junction.shop.ShopMapper;
import io.junction.shop.ShopService;
import io.junction.sync.ShopSyncTrigger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.JobExecutionContext;
import org.quartz.listeners.JobListenerSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo as it runs from a clone: an H2 file database in its own folder, the clustered Quartz job
 * store, the sync schedule on. Started twice on the same folder, as a user restarts it.
 */
class DemoRestartTest {

    private static final Duration INTERVAL = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    /** The endpoint each shop had when its first sync of this run began, by shop id. */
    private final Map<Long, String> firstSyncEndpoints = new ConcurrentHashMap<>();

    @Test
    void aRestartedDemosShopsPointAtThisRunsSimulatorsBeforeTheirFirstSync() throws Exception {
        // given: a demo that ran once and stopped; its shops' sync triggers are due when it starts again
        try (ConfigurableApplicationContext first = start()) {
            assertThat(first.getBean(ShopService.class).all()).hasSize(4);
        }
        Thread.sleep(INTERVAL.toMillis() + 500);
        firstSyncEndpoints.clear();

        // when
        try (ConfigurableApplicationContext second = start()) {
            // then: every shop's first sync of this run read this run's simulator
            List<Shop> shops = second.getBean(ShopService.class).all();
            Instant deadline = Instant.now().plusSeconds(30);
            while (!firstSyncEndpoints
                            .keySet()
                            .containsAll(shops.stream().map(Shop::id).toList())
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(shops)
                    .hasSize(4)
                    .allSatisfy(shop -> assertThat(firstSyncEndpoints.get(shop.id()))
                            .as("endpoint of %s at its first sync", shop.name())
                            .isEqualTo(shop.endpoint()));
        }
    }

    @Test
    void theDemoHasALogisticsMethodOnEachCarrierItsShopsShipWithYunExpress() {
        // when
        try (ConfigurableApplicationContext demo = start()) {
            // then
            LogisticsMapper logistics = demo.getBean(LogisticsMapper.class);
            assertThat(logistics.findMethods())
                    .extracting(m -> logistics.findAccount(m.carrierAccountId()).carrier())
                    .containsExactlyInAnyOrder("YUNEXPRESS", "FOURPX", "YANWEN");
            assertThat(demo.getBean(ShopService.class).all())
                    .allSatisfy(shop -> assertThat(logistics
                                    .findAccount(logistics
                                            .findMethod(shop.defaultLogisticsMethodId())
                                            .carrierAccountId())
                                    .carrier())
                            .isEqualTo("YUNEXPRESS"));
        }
    }

    @Test
    void theDemosDatabaseFolderIsTheUsersOnlyAndSoAreItsFiles() throws Exception {
        // when
        try (ConfigurableApplicationContext demo = start()) {
            // then
            Path data = dir.resolve("data");
            assertThat(mode(data)).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(data)) {
                List<Path> all = files.toList();
                assertThat(all)
                        .isNotEmpty()
                        .allSatisfy(file ->
                                assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------"));
            }
        }
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo on an H2 file in {@code dir/data}, recording where each shop's first sync of the run goes. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(JunctionApplication.class)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("firstSyncRecorder", (SchedulerFactoryBeanCustomizer)
                                factory -> factory.setGlobalJobListeners(recorder(context))))
                .run(
                        "--spring.profiles.active=h2",
                        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("data/junction") + ";MODE=MySQL",
                        "--server.port=0",
                        "--junction.demo.instance=restart",
                        "--junction.sync.schedule-enabled=true",
                        "--junction.sync.interval=" + INTERVAL,
                        // the same scheduler in both runs: Quartz keeps its triggers by the scheduler's name
                        "--spring.quartz.properties.org.quartz.scheduler.instanceName=demo-restart");
    }

    private JobListenerSupport recorder(ConfigurableApplicationContext context) {
        return new JobListenerSupport() {
            @Override
            public String getName() {
                return "first-sync-recorder";
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext job) {
                if (job.getJobDetail().getJobClass() == ShopSyncTrigger.class) {
                    long shopId = job.getMergedJobDataMap().getLong("shopId");
                    Shop shop = context.getBean(ShopMapper.class).findById(shopId);
                    firstSyncEndpoints.putIfAbsent(shopId, shop.endpoint());
                }
            }
        };
    }
}

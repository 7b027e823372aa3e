package io.junction.scanout;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderPackage;
import io.junction.sku.WarehouseSku;
import io.junction.testing.FakeShopTest;
import io.junction.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A scan costs the same statements whatever the package holds: no query per line, SKU or barcode. */
@Import(StationQueryCountTest.Counting.class)
class StationQueryCountTest extends FakeShopTest {

    @Autowired
    ScanOutService scanOut;

    @Autowired
    StatementCounter statements;

    @Test
    void anItemScanRunsAsManyStatementsForAPackageOfFiveLinesAsForOneOfOne() {
        // given
        OrderPackage small = printedPackageOf(List.of(mug));
        List<WarehouseSku> five = new ArrayList<>(List.of(mug));
        for (int i = 0; i < 4; i++) {
            five.add(fixtures.sku(10));
        }
        OrderPackage large = printedPackageOf(five);
        StationCall at = new StationCall("count-bench", "packer");

        // when
        List<String> forSmall =
                statements.during(() -> scanOut.scanItem(small.id(), Fixtures.barcodeOf(mug.sku()), at));
        List<String> forLarge =
                statements.during(() -> scanOut.scanItem(large.id(), Fixtures.barcodeOf(mug.sku()), at));

        // then
        assertThat(forLarge).containsExactlyElementsOf(forSmall);
        assertThat(forSmall)
                .containsExactly(
                        "StationMapper.findPackage",
                        "StationMapper.items",
                        "SkuMapper.findByBarcode",
                        "PackageMapper.scanOne",
                        "StationMapper.log");
    }

    @Test
    void openingAPackageReadsItWithTwoQueriesWhateverItsLines() {
        // given
        List<WarehouseSku> five = new ArrayList<>(List.of(mug));
        for (int i = 0; i < 4; i++) {
            five.add(fixtures.sku(10));
        }
        OrderPackage large = printedPackageOf(five);

        // when
        List<String> opening = statements.during(() -> scanOut.read(large.id()));

        // then
        assertThat(opening).containsExactly("StationMapper.findPackage", "StationMapper.items");
    }

    private OrderPackage printedPackageOf(List<WarehouseSku> skus) {
        return pipeline.packageOf(
                pipeline.printed(fixtures.ingest(shop, fixtures.paidOrder(skus.toArray(WarehouseSku[]::new)))
                        .get(0)));
    }

    @TestConfiguration
    static class Counting {
        @Bean
        StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    /** Names the MyBatis statements run on this thread while it counts. */
    @Intercepts({
        @Signature(
                type = Executor.class,
                method = "query",
                args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
        @Signature(
                type = Executor.class,
                method = "update",
                args = {MappedStatement.class, Object.class})
    })
    static class StatementCounter implements Interceptor {

        private final ThreadLocal<List<String>> seen = new ThreadLocal<>();

        List<String> during(Runnable work) {
            seen.set(new ArrayList<>());
            try {
                work.run();
                return List.copyOf(seen.get());
            } finally {
                seen.remove();
            }
        }

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            List<String> list = seen.get();
            if (list != null) {
                String id = ((MappedStatement) invocation.getArgs()[0]).getId();
                String[] parts = id.split("\\.");
                list.add(parts[parts.length - 2] + "." + parts[parts.length - 1]);
            }
            return invocation.proceed();
        }
    }
}

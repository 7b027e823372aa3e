package io.junction.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.shop.Shop;
import io.junction.shop.ShopService;
import io.junction.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The sync schedule follows the shops as the core changes them, once the change is committed. */
@SpringBootTest(properties = "junction.sync.schedule-enabled=true")
class SyncScheduleFollowsShopsTest {

    @Autowired
    ShopService shops;

    @Autowired
    SyncSchedule schedule;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    @Test
    void aShopAddedThroughTheServiceIsScheduledAndADisabledOneUnscheduled() {
        // given
        Fixtures fixtures = new Fixtures(context);

        // when
        Shop shop = fixtures.fakeShop();

        // then
        assertThat(schedule.nextRunAt(shop.id())).isNotNull();

        // when
        shops.disable(shop.id());

        // then
        assertThat(schedule.nextRunAt(shop.id())).isNull();

        // when
        shops.enable(shop.id());

        // then
        assertThat(schedule.nextRunAt(shop.id())).isNotNull();
    }

    @Test
    void aShopChangeThatIsRolledBackLeavesTheScheduleAsItWas() {
        // given
        Fixtures fixtures = new Fixtures(context);
        Shop shop = fixtures.fakeShop();

        // when
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            shops.disable(shop.id());
            status.setRollbackOnly();
        });

        // then
        assertThat(schedule.nextRunAt(shop.id())).isNotNull();
    }
}

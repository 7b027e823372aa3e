package io.junction;

import io.junction.shop.ShopScope;
import io.junction.testing.FakeCarrier;
import io.junction.testing.FakeChannel;
import io.junction.testing.MutableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** sync-core on its own, for tests: the real services and mappers, a clock tests can move. */
@SpringBootApplication
public class CoreTestApplication {

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }

    /** sync-core's tests act for no person: every shop is in scope. */
    @Bean
    ShopScope shopScope() {
        return ShopScope.ALL;
    }

    @Bean
    FakeChannel fakeChannel() {
        return new FakeChannel();
    }

    @Bean
    FakeCarrier fakeCarrier() {
        return new FakeCarrier();
    }
}

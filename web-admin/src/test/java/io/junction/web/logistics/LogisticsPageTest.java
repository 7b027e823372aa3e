package io.junction.web.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethod;
import io.junction.logistics.LogisticsMethodMapper;
import io.junction.web.ApiClient;
import io.junction.web.PageClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The logistics page lists methods and accounts; only an administrator switches a method off. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LogisticsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Carriers carriers;

    @Autowired
    LogisticsMethodMapper methods;

    @Test
    void anAdministratorSwitchesAMethodOffFromThePageAndAClerkCannot() {
        // given a method
        LogisticsMethod any = carriers.methods().get(0);
        LogisticsMethod method = carriers.addMethod(new LogisticsMethod(
                0, "PAGE-" + UUID.randomUUID(), "Page method", any.carrierAccountId(), "X", "Other", null));
        PageClient clerk = PageClient.signedIn(port, "clerk", ApiClient.PASSWORD);
        PageClient admin = PageClient.signedIn(port, "admin", ApiClient.PASSWORD);

        // when the clerk opens the page and tries to switch it off, then the administrator does
        PageClient.Answer page = clerk.get("/logistics");
        PageClient.Answer refused = clerk.post("/logistics/methods/" + method.id() + "/enabled", "enabled=false");
        Boolean afterClerk = methods.enabled(method.id());
        admin.get("/logistics");
        admin.post("/logistics/methods/" + method.id() + "/enabled", "enabled=false");

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains(method.code()).contains("YUNEXPRESS");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(afterClerk).isTrue();
        assertThat(methods.enabled(method.id())).isFalse();
    }
}

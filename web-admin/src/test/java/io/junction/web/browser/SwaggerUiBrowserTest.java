package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@Tag("browser")
class SwaggerUiBrowserTest extends BrowserTest {

    @Test
    void anAdminBrowsesTheApiInSwaggerUi() {
        // given
        signIn("admin");

        // when
        open("/swagger-ui.html");

        // then every operation is listed, by feature, with its summary
        visible(By.cssSelector("[data-path='/api/v1/orders/{id}']"));
        assertThat(driver.findElements(By.cssSelector(".opblock"))).hasSizeGreaterThan(20);
        assertThat(driver.findElement(By.cssSelector(".opblock-get [data-path='/api/v1/orders/{id}']"))
                        .findElement(By.xpath("ancestor::div[contains(@class,'opblock-summary')]"))
                        .getText())
                .contains("One order with its lines");
        assertThat(present(driver, By.id("operations-tag-shop"))).isTrue();
    }

    @Test
    void aClerkIsRefusedSwaggerUi() {
        // given
        signIn("clerk");

        // when
        open("/swagger-ui.html");

        // then
        assertThat(present(driver, By.cssSelector(".opblock"))).isFalse();
        assertThat(driver.getPageSource()).contains("403");
    }
}

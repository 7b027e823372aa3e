package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@Tag("browser")
class SignInBrowserTest extends BrowserTest {

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        // given
        open("/orders");
        assertThat(path()).isEqualTo("/login");

        // when
        driver.findElement(By.id("username")).sendKeys("clerk");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.id("sign-in")).click();

        // then
        assertThat(visible(By.id("login-error")).getText()).contains("Wrong user name or password");
        assertThat(path()).isEqualTo("/login");
    }

    @Test
    void aClerkLandsOnTheOrders() {
        // when
        signIn("clerk");

        // then
        assertThat(path()).isEqualTo("/orders");
        assertThat(driver.findElement(By.cssSelector(".tab.active")).getText()).contains("To review");
    }

    @Test
    void aPackerLandsOnTheScanStationAndCannotOpenTheOrders() {
        // when
        signIn("packer");

        // then
        assertThat(path()).isEqualTo("/scan-out");
        assertThat(driver.findElements(By.linkText("Orders"))).isEmpty();

        // when
        open("/orders");

        // then
        assertThat(visible(By.id("forbidden")).getText()).contains("403");
        assertThat(present(driver, By.id("orders-table"))).isFalse();
    }

    @Test
    void signingOutEndsTheSession() {
        // given
        signIn("admin");

        // when
        driver.findElement(By.cssSelector(".signout button")).click();

        // then
        assertThat(visible(By.id("login-logout")).getText()).contains("signed out");
        open("/orders");
        assertThat(path()).isEqualTo("/login");
    }
}

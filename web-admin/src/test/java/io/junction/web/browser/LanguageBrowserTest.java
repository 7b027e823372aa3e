package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Chinese first, English on request, remembered per person; text typed in Chinese arrives as typed. */
@Tag("browser")
class LanguageBrowserTest extends BrowserTest {

    /** Chinese and curly quotes (characters above U+00FF, which htmx sends URI-encoded). */
    static final String CHINESE_REASON = "买家要求改地址，等回复 “周五前”";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrderMapper orders;

    @AfterEach
    void forgetTheAdminsChoice() {
        jdbc.update("DELETE FROM app_user_preference WHERE username = ?", "admin");
    }

    @Test
    void aChineseBrowserReadsChineseAndTheSwitchToEnglishSurvivesSigningOutAndIn() {
        // given a browser asking for Chinese, and an admin who never chose a language
        forgetTheAdminsChoice();
        restartBrowser("zh-CN,zh");
        open("/login");
        assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText())
                .isEqualTo("用户名");

        // when
        signIn("admin");

        // then
        assertThat(driver.findElement(By.cssSelector(".tab.active")).getText()).contains("待审核");
        assertThat(driver.findElement(By.cssSelector("footer")).getText()).contains("Asia/Shanghai");

        // when the admin switches to English in the header
        driver.findElement(By.cssSelector("#language-switch button[value=en]")).click();

        // then the same page comes back in English
        await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tab.active"), "To review"));
        assertThat(path()).isEqualTo("/orders");
        assertThat(driver.findElement(By.cssSelector(".tab.active")).getText()).doesNotContain("待审核");

        // when they sign out, and sign in again from another browser that asks for Chinese
        driver.findElement(By.cssSelector(".signout button")).click();
        assertThat(visible(By.id("login-logout")).getText()).contains("signed out");
        restartBrowser("zh-CN,zh");
        open("/login");
        assertThat(driver.findElement(By.cssSelector("label[for=username]")).getText())
                .isEqualTo("用户名");
        signIn("admin");

        // then their choice holds
        assertThat(driver.findElement(By.cssSelector(".tab.active")).getText()).contains("To review");
        screenshot("orders-english-after-sign-in");
    }

    @Test
    void aHoldReasonTypedInChineseIsShownOnTheOrderAsTyped() {
        // given
        long orderId = demo.placeAndSync(1).get(0);
        signIn("clerk");
        open("/orders/" + orderId);

        // when the clerk holds the order and types the reason in Chinese
        visible(By.cssSelector("#order-actions button[data-action=hold]")).click();
        Alert prompt = await().until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys(CHINESE_REASON);
        prompt.accept();

        // then
        await().ignoring(StaleElementReferenceException.class)
                .until(d ->
                        "ON_HOLD".equals(d.findElement(By.id("order-status")).getAttribute("data-status")));
        assertThat(visible(By.id("status-reason")).getText()).isEqualTo(CHINESE_REASON);
        assertThat(orders.findById(orderId).status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(orders.findById(orderId).statusReason()).isEqualTo(CHINESE_REASON);
        assertThat(driver.findElement(By.id("history")).getText()).contains(CHINESE_REASON);
        screenshot("order-held-in-chinese");
    }
}

package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The pages pass their own Content-Security-Policy (no inline script, style or handler): the browser
 * reports no violation on them, and htmx still works under it.
 */
@Tag("browser")
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    /** Collects every violation the browser reports, from the first byte of every document. */
    @BeforeEach
    void recordViolations() {
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.__violations = [];"
                                + " document.addEventListener('securitypolicyviolation', function (e) {"
                                + "   window.__violations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at '"
                                + "     + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));"
                                + " });"));
    }

    @Test
    void theOrderPagesReportNoViolationAndHtmxWorksUnderThePolicy() {
        // given
        long orderId = demo.placeAndSync(1).get(0);
        signIn("admin");

        // when: the list, an htmx batch action on it, and the order's page
        open("/orders?status=PENDING_AUDIT&size=500");
        assertNoViolations("/orders");
        assertThat((Boolean) driver.executeScript("return window.htmx.config.includeIndicatorStyles;"))
                .isFalse();
        driver.findElement(orderRow(orderId))
                .findElement(By.cssSelector(".row-select"))
                .click();
        driver.findElement(By.cssSelector("button[data-action='audit']")).click();

        // then
        assertThat(visible(By.id("action-result")).getText()).isNotBlank();
        await().until(d -> !present(d, orderRow(orderId)));
        assertNoViolations("/orders after an htmx action");

        // when
        open("/orders/" + orderId);

        // then
        visible(By.id("order-status"));
        assertNoViolations("/orders/" + orderId);
    }

    @Test
    void theShopAndQuarantinePagesReportNoViolation() {
        // given
        signIn("admin");

        for (String page : List.of("/shops", "/quarantine", "/quarantine?status=RESOLVED")) {
            // when
            open(page);

            // then
            assertThat(path()).isEqualTo(page.split("\\?")[0]);
            assertNoViolations(page);
        }
    }

    @Test
    void theScanStationReportsNoViolationWhileScanning() {
        // given
        signIn("packer");

        // when
        driver.findElement(By.id("scan-input")).sendKeys("NO-SUCH-LABEL" + Keys.ENTER);

        // then
        await().until(d -> "REFUSED"
                .equals(driver.executeScript(
                        "return document.getElementById('station-state').getAttribute('data-outcome');")));
        assertNoViolations("/scan-out");
    }

    private void assertNoViolations(String page) {
        List<?> violations = (List<?>) driver.executeScript("return window.__violations || [];");
        assertThat(violations)
                .as("Content-Security-Policy violations on %s", page)
                .isEmpty();
    }
}

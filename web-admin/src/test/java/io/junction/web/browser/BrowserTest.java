package io.junction.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The pages people use, driven in a real headless Chromium against the application on a random
 * port, on the demo wiring (simulated Amazon shop, simulated carrier, demo users). One fresh browser
 * per test; the application and its database are shared, so each test works on orders it placed.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DemoOrders.class)
abstract class BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoOrders demo;

    Chromium.Session browser;
    ChromeDriver driver;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start();
        driver = browser.driver();
    }

    /** Quits the browser and starts a fresh one (no cookies, no session) asking for {@code languages}. */
    void restartBrowser(String languages) {
        stopBrowser();
        browser = Chromium.start(languages);
        driver = browser.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    void signIn(String username) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(ApiClient.PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        await().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    WebElement visible(By by) {
        return await().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** A screenshot to look at by hand; never part of the build's output. */
    void screenshot(String name) {
        Path file = Path.of("/tmp", "junction-" + name + ".png");
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not save the screenshot " + file, e);
        }
        assertThat(file).exists();
    }

    /** A GET of {@code url} in the browser's session (its cookies), for what the browser would download. */
    HttpResponse<byte[]> fetchWithSession(String url) throws Exception {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** How many scans the station page has answered so far. */
    int answers() {
        String count = driver.findElement(By.tagName("body")).getAttribute("data-answers");
        return count == null ? 0 : Integer.parseInt(count);
    }

    /** What the station page says of the latest scan. */
    String message() {
        return driver.findElement(By.id("scan-message")).getText();
    }

    /** The id of the element that has the focus. */
    String focusedId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    static By orderRow(long orderId) {
        return By.cssSelector("#orders-table tr[data-order-id='" + orderId + "']");
    }

    static boolean present(WebDriver driver, By by) {
        return !driver.findElements(by).isEmpty();
    }
}

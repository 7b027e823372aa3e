package io.junction.web.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system's packages (Debian's chromium and chromedriver). Never lets
 * Selenium Manager download a browser or a driver; a machine without them fails the tests, loudly.
 */
final class Chromium {

    static final File BROWSER = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {}

    /** A fresh browser asking for English pages (as most tests read them). */
    static Session start() {
        return start("en-US,en");
    }

    /**
     * A fresh browser with its own empty profile, asking for pages in {@code languages} (its
     * Accept-Language, e.g. {@code zh-CN,zh}); the profile folder is deleted when the browser quits.
     */
    static Session start(String languages) {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and its driver at " + BROWSER + " and "
                    + DRIVER + " (Debian: apt-get install chromium chromium-driver)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("junction-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile folder", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languages));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1440,1000",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--lang=" + languages.split(",")[0]);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Session(driver, profile);
    }

    /** A running browser and its profile folder. */
    record Session(ChromeDriver driver, Path profile) implements AutoCloseable {
        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                deleteQuietly(profile);
            }
        }

        private static void deleteQuietly(Path folder) {
            try (var paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            } catch (IOException ignored) {
                // a leftover temporary folder is harmless
            }
        }
    }
}

package io.junction.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.JunctionApplication;
import io.junction.web.ApiClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Sign-in throttling: after 10 failed sign-ins for one user from one address within 15 minutes, that
 * user is refused from that address for 15 minutes even with the right password (429 with a problem
 * on the API, a message on the login page), while other addresses still get in. Time is moved by a
 * clock the whole application shares.
 */
@SpringBootTest(
        classes = {JunctionApplication.class, SignInThrottleTest.ClockConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {

    private static final String RIGHT = "right-password";
    private static final String WRONG = "wrong-password";

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    ApiClient admin;
    String user;

    @BeforeEach
    void aUser() {
        admin = ApiClient.admin(port);
        user = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        admin.ok(admin.post("/api/v1/users", """
                {"username":"%s","password":"%s","role":"CLERK"}""".formatted(user, RIGHT)));
    }

    @Test
    void tenFailuresBlockTheUserFromThatAddressForFifteenMinutesEvenWithTheRightPassword(CapturedOutput log)
            throws Exception {
        // given ten failed sign-ins from 127.0.0.1
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            assertThat(api("127.0.0.1", WRONG).statusCode()).isEqualTo(401);
        }

        // when the right password comes from the same address
        HttpResponse<String> refused = api("127.0.0.1", RIGHT);

        // then it is refused with a problem that says why and when to try again
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
        assertThat(refused.body())
                .contains("\"status\":429")
                .contains("\"retryAfterSeconds\":")
                .contains("\"instance\":\"/api/v1/orders/counts\"");

        // and the login page refuses it too, saying so
        HttpResponse<String> form = formSignIn("127.0.0.1", RIGHT);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?throttled"));
        assertThat(get("127.0.0.1", "/login?throttled").body()).contains("id=\"login-throttled\"");

        // and another address is let in
        assertThat(apiFrom("127.0.0.2", RIGHT)).isEqualTo(200);

        // when fifteen minutes have passed
        clock.move(SignInThrottle.BLOCK);

        // then the right password works again from the first address
        assertThat(api("127.0.0.1", RIGHT).statusCode()).isEqualTo(200);

        // and every attempt was logged with the user and the address, never with the password
        assertThat(log.getOut())
                .contains("Sign-in failed for user '" + user + "' from 127.0.0.1")
                .contains("Sign-in refused for user '" + user + "' from 127.0.0.1")
                .contains("Sign-in succeeded for user '" + user + "' from 127.0.0.2")
                .doesNotContain(WRONG)
                .doesNotContain(RIGHT);
    }

    @Test
    void nineFailuresAndASuccessStartTheCountAfresh() throws Exception {
        // given nine failures, then the right password
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            assertThat(api("127.0.0.1", WRONG).statusCode()).isEqualTo(401);
        }
        assertThat(api("127.0.0.1", RIGHT).statusCode()).isEqualTo(200);

        // when nine more fail
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            assertThat(api("127.0.0.1", WRONG).statusCode()).isEqualTo(401);
        }

        // then the user is still let in
        assertThat(api("127.0.0.1", RIGHT).statusCode()).isEqualTo(200);
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() throws Exception {
        // given nine failures fifteen minutes ago
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            assertThat(api("127.0.0.1", WRONG).statusCode()).isEqualTo(401);
        }
        clock.move(SignInThrottle.WINDOW);

        // when one more fails now
        assertThat(api("127.0.0.1", WRONG).statusCode()).isEqualTo(401);

        // then the right password still works
        assertThat(api("127.0.0.1", RIGHT).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> api(String address, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(url(address, "/api/v1/orders/counts"))
                                .header("Authorization", "Basic " + basic)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The status of an API call from another client address: a socket bound to it, HTTP written by hand. */
    private int apiFrom(String address, String password) throws IOException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10000);
            socket.getOutputStream()
                    .write(("GET /api/v1/orders/counts HTTP/1.1\r\nHost: 127.0.0.1:" + port
                                    + "\r\nAuthorization: Basic " + basic + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    private HttpResponse<String> get(String address, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url(address, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form as a browser does: the page's CSRF token and session cookie first. */
    private HttpResponse<String> formSignIn(String address, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = browser.send(
                        HttpRequest.newBuilder(url(address, "/login")).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        return browser.send(
                HttpRequest.newBuilder(url(address, "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String address, String path) {
        return URI.create("http://" + address + ":" + port + path);
    }

    /** Replaces the application's clock: the bean is primary, so every {@code Clock} injection gets it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfiguration {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** The system clock, moved forward by hand. */
    static final class MovableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        void move(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}

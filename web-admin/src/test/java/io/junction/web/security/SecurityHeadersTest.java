package io.junction.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.web.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every answer tells the browser: a Content-Security-Policy without inline script or style, the
 * referrer and permissions policies, a session cookie that is SameSite=Lax (and Secure when the request
 * came over TLS), and redirects that never name the host a request claimed.
 */
// as behind the README's TLS-terminating proxy on this machine
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.forward-headers-strategy=native",
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"
        })
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void aPageForbidsInlineScriptAndStyleFramingAndTheDevicesABrowserCouldLend() throws IOException {
        // when
        Answer page = request("GET /login HTTP/1.1", "Host: localhost");

        // then
        assertThat(page.status()).isEqualTo(200);
        String csp = page.header("Content-Security-Policy");
        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "object-src 'none'",
                        "frame-ancestors 'none'",
                        "base-uri 'self'",
                        "form-action 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.header("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
    }

    @Test
    void theApiSendsTheSamePolicies() throws IOException {
        // when
        Answer api = request("GET /api/v1/orders HTTP/1.1", "Host: localhost");

        // then
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(api.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnlyAndNotSecureOverPlainHttp() throws IOException {
        // when
        Answer page = request("GET /login HTTP/1.1", "Host: localhost");

        // then
        String cookie = page.header("Set-Cookie");
        assertThat(cookie)
                .startsWith("JSESSIONID=")
                .containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecure() throws IOException {
        // when: the proxy on this machine says the browser's request came over https
        Answer page = request("GET /login HTTP/1.1", "Host: junction.example", "X-Forwarded-Proto: https");

        // then
        assertThat(page.header("Set-Cookie")).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aRedirectNeverPointsAtTheHostTheRequestClaimed() throws IOException {
        // when
        Answer toSignIn = request("GET /orders HTTP/1.1", "Host: evil.example");
        Answer unknownPage = request("GET /shops HTTP/1.1", "Host: evil.example:8443");

        // then
        assertThat(toSignIn.status()).isEqualTo(302);
        assertThat(toSignIn.header("Location")).isEqualTo("/login");
        assertThat(unknownPage.header("Location")).doesNotContain("evil");
    }

    @Test
    void signingInAfterARequestWithAForgedHostReturnsToThePageByItsPathOnly() throws IOException {
        // given: a page asked for with a forged Host, which sends the client to sign in
        Answer asked = request("GET /orders?status=PENDING_PRINT HTTP/1.1", "Host: evil.example");
        String session = cookie(asked);
        Answer login = request("GET /login HTTP/1.1", "Host: evil.example", "Cookie: " + session);
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();

        // when
        String form = "username=admin&password=" + URLEncoder.encode(ApiClient.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        Answer signedIn = exchange(
                "POST /login HTTP/1.1",
                form,
                "Host: evil.example",
                "Cookie: " + session,
                "Content-Type: application/x-www-form-urlencoded");

        // then
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location"))
                .startsWith("/orders?status=PENDING_PRINT")
                .doesNotContain("evil");
    }

    private static String cookie(Answer answer) {
        return answer.header("Set-Cookie").split(";", 2)[0];
    }

    private Answer request(String requestLine, String... headers) throws IOException {
        return exchange(requestLine, null, headers);
    }

    /** One HTTP/1.1 exchange over a plain socket: the JDK's client will not send a Host header of our choosing. */
    private Answer exchange(String requestLine, String body, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Length: ")
                        .append(body.getBytes(StandardCharsets.UTF_8).length)
                        .append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            if (body != null) {
                request.append(body);
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, Math.max(0, end)).split("\r\n");
            List<String> fields = new ArrayList<>(List.of(lines).subList(1, lines.length));
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), fields, raw.substring(end + 4));
        }
    }

    private record Answer(int status, List<String> headers, String body) {
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).trim())
                    .findFirst()
                    .orElse(null);
        }
    }
}

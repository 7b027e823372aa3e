package io.junction.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uses Junction's pages as a browser would, without one: signs in with the form, keeps the session
 * cookie and sends the page's CSRF token with each post, and hands back status and HTML.
 */
public final class PageClient {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private String csrf;

    private PageClient(int port) {
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.base = "http://127.0.0.1:" + port;
    }

    /** A session of {@code user}, signed in through the login form. */
    public static PageClient signedIn(int port, String user, String password) {
        PageClient client = new PageClient(port);
        Answer login = client.get("/login");
        Matcher token = CSRF_INPUT.matcher(login.html());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the login page: " + login.html());
        }
        Answer signedIn = client.send(HttpRequest.newBuilder(URI.create(client.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1))))
                .build());
        if (signedIn.html().contains("id=\"login-form\"")) {
            throw new AssertionError("sign-in of " + user + " failed");
        }
        return client;
    }

    /** A status and the page's HTML. */
    public record Answer(int status, String html) {}

    public Answer get(String path) {
        Answer answer = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .GET()
                .build());
        Matcher meta = CSRF_META.matcher(answer.html());
        if (meta.find()) {
            csrf = meta.group(1);
        }
        return answer;
    }

    /** Posts a form as htmx does, with the CSRF token of the last page read. */
    public Answer post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-TOKEN", csrf == null ? "" : csrf)
                .header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package io.junction.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.shop.ShopService;
import io.junction.web.ApiClient;
import io.junction.web.DemoAmazonShopApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Another site's form can make a browser POST with the user's cached HTTP Basic credential, but only as
 * a form's content type: the API refuses those on every call that changes something.
 */
class FormPostGuardTest extends DemoAmazonShopApiTest {

    @Autowired
    ShopService shops;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "text/plain",
                "text/plain;charset=UTF-8"
            })
    void aBodyLessPostSentAsAFormIsRefusedWith415AndChangesNothing(String formType) throws Exception {
        // given

        // when
        HttpResponse<String> answer = post("/api/v1/shops/" + shopId + "/disable", formType, formBody(formType));

        // then
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(shops.get(shopId).enabled()).isTrue();
    }

    @Test
    void aBodyLessPostWithoutAContentTypeStillWorks() throws Exception {
        // given
        long shopId = admin.demoAmazonShop(amazon.baseUrl());

        // when
        ApiClient.Answer disabled = admin.post("/api/v1/shops/" + shopId + "/disable", null);
        ApiClient.Answer enabled = admin.post("/api/v1/shops/" + shopId + "/enable", null);

        // then
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(shops.get(shopId).enabled()).isTrue();
    }

    @Test
    void aSyncSentAsAFormIsRefused() throws Exception {
        // given
        long shopId = ApiClient.clerk(port).demoAmazonShop(amazon.baseUrl());

        // when
        HttpResponse<String> answer =
                post("/api/v1/shops/" + shopId + "/sync", "application/x-www-form-urlencoded", "");

        // then
        assertThat(answer.statusCode()).isEqualTo(415);
    }

    private static String formBody(String formType) {
        return formType.startsWith("multipart")
                ? "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n"
                : "a=b";
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        String basic =
                Base64.getEncoder().encodeToString(("admin:" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}

package io.junction.web.scanout;

import static org.assertj.core.api.Assertions.assertThat;

import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.web.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scan-out API's refusals: a code to act on, and the reason in the caller's language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScanOutApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    SkuMapper skus;

    @Test
    void anItemBarcodeInsteadOfAPackageLabelIsRefusedSayingToScanTheLabelFirst() throws Exception {
        // given
        WarehouseSku mug = skus.findBySku("JN-MUG-001");
        String barcode = skus.barcodes(mug.id()).get(0);

        // when
        HttpResponse<String> answer = openPackage(barcode, "en");

        // then
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("code").asString()).isEqualTo("ITEM_BARCODE_FIRST");
        assertThat(problem.get("detail").asString())
                .isEqualTo("This is an item barcode of SKU JN-MUG-001 (" + mug.name()
                        + "): scan the package label first.");
    }

    @Test
    void aRefusalIsInChineseForAChineseCaller() throws Exception {
        // given
        WarehouseSku mug = skus.findBySku("JN-MUG-001");

        // when
        HttpResponse<String> itemFirst = openPackage(skus.barcodes(mug.id()).get(0), "zh-CN,zh;q=0.9");
        HttpResponse<String> unknown = openPackage("NO-SUCH-PARCEL-7", "zh-CN");

        // then
        JsonNode problem = JSON.readTree(itemFirst.body());
        assertThat(problem.get("title").asString()).isEqualTo("扫描被拒");
        assertThat(problem.get("detail").asString()).contains("JN-MUG-001").contains("请先扫描包裹面单");
        JsonNode none = JSON.readTree(unknown.body());
        assertThat(none.get("code").asString()).isEqualTo("UNKNOWN_PACKAGE");
        assertThat(none.get("detail").asString()).isEqualTo("没有运单号或包裹号为 NO-SUCH-PARCEL-7 的包裹");
    }

    private HttpResponse<String> openPackage(String code, String language) throws Exception {
        String basic =
                Base64.getEncoder().encodeToString(("packer:" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/scan-out/packages"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

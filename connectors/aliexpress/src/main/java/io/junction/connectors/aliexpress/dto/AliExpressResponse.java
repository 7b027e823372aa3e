package io.junction.connectors.aliexpress.dto;

/**
 * One HTTP answer from the IOP gateway, as the client hands it to the translator. The gateway
 * answers most errors with HTTP 200 and an {@code error_response} body, so a 2xx status alone does
 * not mean success.
 *
 * @param body the body as text, empty when there is none
 */
public record AliExpressResponse(int status, String body) {

    public boolean isHttpSuccess() {
        return status >= 200 && status < 300;
    }
}

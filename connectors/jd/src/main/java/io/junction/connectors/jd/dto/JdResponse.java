package io.junction.connectors.jd.dto;

/**
 * One HTTP answer from the JD gateway, as the client hands it to the translator. JD answers its own
 * errors (signature, token, throttling) with HTTP 200 and an {@code error_response} body.
 *
 * @param body the body as text, empty when there is none
 */
public record JdResponse(int status, String body) {

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}

package io.junction.connectors.amazon.dto;

/**
 * One HTTP answer from the Selling Partner API, as the client hands it to the translator.
 *
 * @param body the body as text, empty when there is none
 * @param requestId Amazon's {@code x-amzn-RequestId}, for support cases
 */
public record AmazonResponse(int status, String body, String requestId) {

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}

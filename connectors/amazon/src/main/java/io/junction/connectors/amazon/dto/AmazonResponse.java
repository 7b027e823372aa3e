package io.junction.connectors.amazon.dto;

/**
 * One HTTP answer from the Selling Partner API, as the client hands it to the translator.
 *
 * @param body the body as text, empty when there is none
 * @param requestId Amazon's {@code x-amzn-RequestId}, for support cases
 * @param rateLimit the rate Amazon announced in {@code x-amzn-RateLimit-Limit}, calls a second; null
 *     when it sent none
 */
public record AmazonResponse(int status, String body, String requestId, Double rateLimit) {

    /** An answer without a rate header. */
    public AmazonResponse(int status, String body, String requestId) {
        this(status, body, requestId, null);
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }
}

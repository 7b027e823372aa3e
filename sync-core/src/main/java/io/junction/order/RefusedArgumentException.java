package io.junction.order;

/**
 * A request refused for what it asks, with its refusal's code and arguments, so that the API can say
 * it in the caller's language; the message stays in English for logs and callers without a bundle.
 */
public class RefusedArgumentException extends IllegalArgumentException {

    private final transient Refusal refusal;

    public RefusedArgumentException(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}

package io.junction.carriers.kit;

import io.junction.outcome.RemoteOutcome;
import java.util.function.Function;

/** What a carrier's API said: its HTTP status (2xx or 4xx; a 5xx is unknown and never becomes a reply) and body. */
public record CarrierReply(int httpStatus, String body) {

    /** True for a 4xx: the API refused the request before acting on it. */
    public boolean isClientError() {
        return httpStatus >= 400 && httpStatus < 500;
    }

    /** The body shortened for a message: whitespace folded, at most 200 characters, "(empty)" for none. */
    public String snippet() {
        if (body == null || body.isBlank()) {
            return "(empty)";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }

    /** What the carrier's answer means ({@code translate}), or the call's own outcome when no answer came or it was never sent. */
    public static <T> RemoteOutcome<T> read(
            RemoteOutcome<CarrierReply> sent, Function<CarrierReply, RemoteOutcome<T>> translate) {
        if (sent instanceof RemoteOutcome.Succeeded<CarrierReply> reply) {
            return translate.apply(reply.value());
        }
        return sent.map(r -> null);
    }
}

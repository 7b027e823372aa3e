package io.junction.quarantine;

import io.junction.channel.OrderPage;
import io.junction.persistence.Columns;
import io.junction.secret.Redaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The one way into the quarantine: keeps what a platform sent that could not be read, clipped to its
 * columns with what looks like a token masked, and hashed so that the same payload is kept once per
 * shop. The sync keeps and resolves entries here; {@link QuarantineService} settles them for a person.
 */
@Component
public class Quarantine {

    /** {@code chn_quarantine.reason} and {@code outcome} hold this many characters. */
    static final int MAX_TEXT = 1000;

    private final QuarantineMapper entries;

    public Quarantine(QuarantineMapper entries) {
        this.entries = entries;
    }

    /** Keeps a payload that could not be read, unless this shop has kept the same payload already. */
    public void keep(long shopId, OrderPage.MalformedOrder bad, Instant now) {
        entries.insert(
                shopId, bad.platformOrderId(), clip(bad.reason()), bad.rawPayload(), sha256(bad.rawPayload()), now);
    }

    /**
     * Resolves the shop's open entries of these orders, which arrived readable: costs one small read,
     * and an update per {@code chunk} only when the shop has open entries.
     */
    public void resolveArrived(long shopId, List<List<String>> platformOrderIds, String actor, Instant now) {
        if (platformOrderIds.isEmpty() || !entries.hasOpen(shopId)) {
            return;
        }
        for (List<String> chunk : platformOrderIds) {
            entries.resolveArrived(shopId, chunk, actor, now);
        }
    }

    /** Counts a retry that did not resolve the entry, with what it found (within {@link #MAX_TEXT}). */
    void recordRetry(long id, Instant now, String outcome) {
        entries.recordRetry(id, now, outcome, null, null, null);
    }

    /**
     * Counts a retry that found the order malformed again, keeping the platform's newest payload and
     * reason; a payload this shop has kept elsewhere already stays there.
     */
    void recordMalformedAgain(long id, Instant now, String outcome, OrderPage.MalformedOrder bad) {
        try {
            entries.recordRetry(id, now, outcome, clip(bad.reason()), bad.rawPayload(), sha256(bad.rawPayload()));
        } catch (DuplicateKeyException samePayloadElsewhere) {
            entries.recordRetry(id, now, outcome, clip(bad.reason()), null, null);
        }
    }

    /** A text within the quarantine's columns, with what looks like a token or a signature masked. */
    static String clip(String text) {
        return Columns.clip(Redaction.patternsOnly().apply(text), MAX_TEXT);
    }

    private static String sha256(String payload) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(String.valueOf(payload).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

package io.junction.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Whose quota a call spends: one bucket per platform, seller account and operation, shared by every
 * node. The seller account is an identity, never a secret: connectors pass a
 * {@linkplain #fingerprint(String...) fingerprint} of the credentials that name the account.
 *
 * @param platform the platform code ({@code AMAZON})
 * @param sellerAccount the account's identity, e.g. a fingerprint of its refresh token
 * @param operation the platform's operation name ({@code searchOrders})
 */
public record QuotaKey(String platform, String sellerAccount, String operation) {

    /** Bucket4j's key column is VARCHAR(255). */
    static final int MAX_ID_LENGTH = 255;

    public QuotaKey {
        requireText(platform, "platform");
        requireText(sellerAccount, "sellerAccount");
        requireText(operation, "operation");
        if (platform.length() + sellerAccount.length() + operation.length() + 2 > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a quota key must fit " + MAX_ID_LENGTH + " characters");
        }
    }

    /**
     * A stable, one-way identity for the credentials that name a seller account: the first 16 bytes
     * of the SHA-256 of the parts, in hex. Null parts count as empty. The same credentials always
     * give the same fingerprint, on every node; the fingerprint reveals nothing of them.
     */
    public static String fingerprint(String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha256.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            byte[] digest = sha256.digest();
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The bucket's key in the shared store: {@code platform/operation/sellerAccount}. */
    public String bucketId() {
        return platform + "/" + operation + "/" + sellerAccount;
    }

    @Override
    public String toString() {
        return platform + " " + operation + " for seller account " + sellerAccount;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.indexOf('/') >= 0) {
            throw new IllegalArgumentException(name + " must be non-blank and without '/': " + value);
        }
    }
}

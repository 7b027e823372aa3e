package io.junction.logistics;

import java.util.Map;

/** What an adapter needs to reach one carrier account; {@link #toString()} hides the credentials. */
public record CarrierAccess(long accountId, String carrier, String endpoint, Map<String, String> credentials) {

    public CarrierAccess {
        credentials = Map.copyOf(credentials);
    }

    /** The credential named {@code key}, or a clear error naming only the key. */
    public String credential(String key) {
        String value = credentials.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("carrier account " + accountId + " has no credential '" + key + "'");
        }
        return value;
    }

    @Override
    public String toString() {
        return "CarrierAccess[accountId=" + accountId + ", carrier=" + carrier + ", endpoint=" + endpoint
                + ", credentials=" + credentials.keySet() + "]";
    }
}

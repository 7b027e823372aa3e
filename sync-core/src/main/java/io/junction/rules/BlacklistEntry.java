package io.junction.rules;

import java.time.Instant;

/**
 * One blacklisted buyer, address, e-mail or phone: its orders are held for a person.
 *
 * @param entryValue the value as {@link BlacklistKind#normalise(String)} makes it
 */
public record BlacklistEntry(
        long id, BlacklistKind kind, String entryValue, String note, String createdBy, Instant createdAt) {

    /** Whether the order's {@code raw} value (of this entry's kind) is this entry. */
    public boolean matches(String raw) {
        String value = kind.normalise(raw);
        if (value.isEmpty()) {
            return false;
        }
        return value.equals(entryValue)
                || (kind == BlacklistKind.PHONE && entryValue.length() >= 7 && value.endsWith(entryValue));
    }
}

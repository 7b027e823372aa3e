package io.junction.channel;

import java.time.Instant;
import java.util.Objects;

/** The "last updated" window of one incremental read: {@code from} inclusive, {@code to} inclusive. */
public record SyncWindow(Instant from, Instant to) {
    public SyncWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends before it starts: " + from + " .. " + to);
        }
    }
}

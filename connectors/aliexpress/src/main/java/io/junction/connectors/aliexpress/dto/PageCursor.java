package io.junction.connectors.aliexpress.dto;

import java.time.Instant;

/**
 * Where a read of one sync window stands, carried in the opaque page token: the sub-window (the
 * platform caps a query's modified-time span, so a long window is read in slices), the page to read
 * next (0: not probed yet) and the {@code total_count} seen when paging started.
 *
 * <p>Pages are read from the last to the first: orders modified while we page leave the window,
 * which shifts only the pages after them, and those we have already read.
 */
public record PageCursor(Instant subWindowStart, int page, int totalCount) {

    private static final String VERSION = "ae1";

    public static PageCursor first(Instant windowStart) {
        return new PageCursor(windowStart, 0, 0);
    }

    public String encode() {
        return VERSION + ":" + subWindowStart.getEpochSecond() + ":" + page + ":" + totalCount;
    }

    /** @throws IllegalArgumentException when the token is not one of ours */
    public static PageCursor decode(String token) {
        String[] parts = token.split(":", -1);
        if (parts.length != 4 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not an AliExpress page token");
        }
        try {
            return new PageCursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[1])),
                    Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an AliExpress page token", e);
        }
    }
}

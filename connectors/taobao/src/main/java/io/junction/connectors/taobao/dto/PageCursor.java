package io.junction.connectors.taobao.dto;

import java.time.Instant;

/**
 * Where a read of one sync window stands, carried in the opaque page token: the start of the
 * current sub-window and the page of it to read next. TOP sorts newest-modified first, so the pages
 * of a sub-window are read from the last to the first; page 0 means "not counted yet".
 */
public record PageCursor(Instant subWindowStart, int page) {

    private static final String PREFIX = "tb1:";

    public PageCursor {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
    }

    public String encode() {
        return PREFIX + subWindowStart.getEpochSecond() + ":" + page;
    }

    /** @throws IllegalArgumentException when {@code token} is not one of ours */
    public static PageCursor decode(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a Taobao page token");
        }
        String[] parts = token.substring(PREFIX.length()).split(":");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("not a Taobao page token");
            }
            return new PageCursor(Instant.ofEpochSecond(Long.parseLong(parts[0])), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a Taobao page token", e);
        }
    }
}

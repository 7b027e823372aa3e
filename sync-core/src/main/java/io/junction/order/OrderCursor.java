package io.junction.order;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the order list starts: the sort key of the order next to it (keyset paging), so a deep page is
 * read from the index at that key instead of counting past every order before it. The API hands it out as an
 * opaque token ({@code next}, {@code previous}) and takes it back as {@code after} or {@code before}.
 *
 * @param sort the sort the key belongs to; a token of another sort is refused
 * @param at the order's time in that sort: its ship-by (null when it has none) or its creation on the platform
 */
public record OrderCursor(OrderSort sort, int priority, Instant at, long id) {

    private static final String VERSION = "o1";

    /** The key of this order in the sort. */
    public static OrderCursor of(Order order, OrderSort sort) {
        Instant at = sort.byShipBy() ? order.shipBy() : order.platformCreatedAt();
        return new OrderCursor(sort, order.priority(), at, order.id());
    }

    /** The opaque token for a link or an API answer. */
    public String token() {
        String plain = String.join(
                "|",
                VERSION,
                sort.parameter(),
                String.valueOf(priority),
                at == null ? "" : String.valueOf(at.toEpochMilli()),
                String.valueOf(id));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor a token names, which must belong to {@code sort}.
     *
     * @throws IllegalArgumentException for a token this list never handed out, or one of another sort
     */
    public static OrderCursor parse(String token, OrderSort sort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("not a list cursor: " + token, notBase64);
        }
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not a list cursor: " + token);
        }
        OrderSort of = OrderSort.ofParameter(parts[1])
                .orElseThrow(() -> new IllegalArgumentException("not a list cursor: " + token));
        if (of != sort) {
            throw new IllegalArgumentException("a cursor of sort " + of.parameter() + ", not " + sort.parameter());
        }
        int priority = Integer.parseInt(parts[2]);
        Instant at = parts[3].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[3]));
        if (at == null && !sort.byShipBy()) {
            throw new IllegalArgumentException("not a list cursor: " + token);
        }
        return new OrderCursor(sort, priority, at, Long.parseLong(parts[4]));
    }
}

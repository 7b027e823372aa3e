package io.junction.web.shop;

import io.junction.sync.SyncClaims;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * "Sync now" asked of a shop that may not sync now: a disabled one, or one whose sync is running
 * ({@code heldBy} says where, since and until when). Nothing ran. The message is English for logs;
 * {@link #describe} says it in the reader's language.
 */
class SyncRefusedException extends RuntimeException {

    private final long shopId;
    private final transient SyncClaims.Holder heldBy;

    SyncRefusedException(long shopId, String message, SyncClaims.Holder heldBy) {
        super(message);
        this.shopId = shopId;
        this.heldBy = heldBy;
    }

    static SyncRefusedException disabled(long shopId) {
        return new SyncRefusedException(shopId, "shop " + shopId + " is disabled: enable it to sync", null);
    }

    SyncClaims.Holder heldBy() {
        return heldBy;
    }

    /** The refusal as a sentence of the {@code messages} bundle. */
    String describe(MessageSource messages, Locale locale) {
        if (heldBy == null) {
            return messages.getMessage("shop.sync.refused.disabled", new Object[] {String.valueOf(shopId)}, locale);
        }
        return messages.getMessage(
                "shop.sync.refused.running",
                new Object[] {
                    String.valueOf(heldBy.node()), String.valueOf(heldBy.since()), String.valueOf(heldBy.until())
                },
                locale);
    }
}

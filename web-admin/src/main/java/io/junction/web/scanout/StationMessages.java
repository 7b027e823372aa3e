package io.junction.web.scanout;

import io.junction.order.OrderStatus;
import io.junction.scanout.ScanRefusal;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The station's sentences in the packer's language, from the {@code station} bundle: its own texts
 * and the scan-out refusals ({@code station.refusal.<REFUSAL>}), with order statuses named as every page names
 * them ({@code order.status.*}).
 */
@Component
public class StationMessages {

    private final MessageSource messages;

    public StationMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of {@code key} in the current request's language. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The refusal as the packer reads it. */
    public String refusal(ScanRefusal refusal, List<Object> arguments) {
        Object[] words = arguments.stream()
                .map(a -> a instanceof OrderStatus s ? text("order.status." + s.name()) : a).toArray();
        String key = "station.refusal." + refusal.name();
        if (refusal == ScanRefusal.MUST_NOT_SHIP && words.length > 2 && words[2] != null) {
            // the reason given when the order was held or stopped tells the packer what happened
            key += ".because";
        }
        return text(key, words);
    }
}

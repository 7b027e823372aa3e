package io.junction.web.scanout;

import io.junction.scanout.ScanRefusal;
import io.junction.web.order.RefusalText;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The station's sentences in the packer's language, from the {@code station} bundle: its own texts
 * and the scan-out refusals ({@link RefusalText}, which names order statuses as every page does).
 */
@Component
public class StationMessages {

    private final MessageSource messages;
    private final RefusalText refusals;

    public StationMessages(MessageSource messages, RefusalText refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    /** The text of {@code key} in the current request's language. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The refusal as the packer reads it. */
    public String refusal(ScanRefusal refusal, List<Object> arguments) {
        return refusals.of(refusal, arguments);
    }
}

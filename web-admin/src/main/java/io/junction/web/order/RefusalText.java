package io.junction.web.order;

import io.junction.order.BatchActionResult;
import io.junction.order.OrderStatus;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says why an order action was refused in the reader's language: a refusal's code is the message
 * {@code order.refusal.<code>}, its statuses are named as the pages name them ({@code order.status.*},
 * {@code package.preadvice.*}), never by their codes. A refusal without a code (a carrier's or a
 * platform's own words) is shown as it came.
 */
@Component
public class RefusalText {

    private final MessageSource messages;

    public RefusalText(MessageSource messages) {
        this.messages = messages;
    }

    public String of(BatchActionResult.Failure failure) {
        return of(failure.refusal(), failure.reason());
    }

    /** The sentence for {@code refusal}, or {@code fallback} when there is no refusal or no message for its code. */
    public String of(Refusal refusal, String fallback) {
        if (refusal == null) {
            return fallback;
        }
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = refusal.args().stream().map(a -> name(a, locale)).toArray();
        return messages.getMessage("order.refusal." + refusal.code(), args, fallback, locale);
    }

    private Object name(Object arg, Locale locale) {
        if (arg instanceof OrderStatus status) {
            return messages.getMessage("order.status." + status.name(), null, locale);
        }
        if (arg instanceof PreAdviceStatus state) {
            return messages.getMessage("package.preadvice." + state.name(), null, locale);
        }
        // Numbers as they are: an order id or a count reads without grouping separators.
        return arg instanceof Number ? String.valueOf(arg) : arg;
    }
}

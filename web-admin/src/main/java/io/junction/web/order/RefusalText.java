package io.junction.web.order;

import io.junction.label.LabelException;
import io.junction.order.BatchActionResult;
import io.junction.order.OrderStatus;
import io.junction.order.PreAdviceStatus;
import io.junction.order.Refusal;
import io.junction.quarantine.QuarantineStatus;
import io.junction.scanout.ScanRefusal;
import io.junction.shop.ShopRefusedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says why an order action was refused in the reader's language: a refusal's code is the message
 * {@code order.refusal.<code>}, its statuses are named as the pages name them ({@code order.status.*},
 * {@code package.preadvice.*}), never by their codes. A refusal without a code (a carrier's or a
 * platform's own words) is shown as it came. Refusals of other features read from their own key
 * prefix: a shop's {@code shop.refusal.<code>}, a label's {@code labels.refusal.<code>} (both in the
 * {@code messages} bundle), a scan's {@code station.refusal.<REFUSAL>} (the {@code station} bundle), for
 * the pages and the API alike.
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
        return of("order.refusal.", refusal, fallback);
    }

    /** The sentence of the message {@code prefix + code}, or {@code fallback} as for {@link #of(Refusal, String)}. */
    public String of(String prefix, Refusal refusal, String fallback) {
        if (refusal == null) {
            return fallback;
        }
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = refusal.args().stream().map(a -> name(a, locale)).toArray();
        return messages.getMessage(prefix + refusal.code(), args, fallback, locale);
    }

    /**
     * A shop's reasons in the reader's language, each still tied to its field and code; a field named
     * among the arguments reads as {@code shop.refusal.field.<field>} says (the form's label in Chinese).
     */
    public List<ShopRefusedException.Problem> of(List<ShopRefusedException.Problem> problems) {
        return problems.stream()
                .map(p -> new ShopRefusedException.Problem(
                        p.field(), of("shop.refusal.", fieldsNamed(p), p.reason()), p.refusal()))
                .toList();
    }

    private Refusal fieldsNamed(ShopRefusedException.Problem p) {
        if (p.refusal() == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Object> args = p.refusal().args().stream()
                .map(a -> a instanceof String s && s.equals(p.field())
                        ? messages.getMessage("shop.refusal.field." + s, null, s, locale)
                        : a)
                .toList();
        return new Refusal(p.refusal().code(), args);
    }

    /**
     * Why a package may not be opened, scanned into or shipped at the scan-out station, as the packer
     * reads it ({@code station.refusal.<REFUSAL>}, in the {@code station} bundle); an order held or
     * stopped with a reason says the reason too.
     */
    public String of(ScanRefusal refusal, List<Object> arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] words = arguments.stream().map(a -> name(a, locale)).toArray();
        String key = "station.refusal." + refusal.name();
        if (refusal == ScanRefusal.MUST_NOT_SHIP && words.length > 2 && words[2] != null) {
            key += ".because";
        }
        return messages.getMessage(key, words, locale);
    }

    /** Why labels were not printed, in the reader's language (a carrier's own words as they came). */
    public List<String> of(LabelException e) {
        List<String> said = new ArrayList<>();
        for (int i = 0; i < e.problems().size(); i++) {
            said.add(of("labels.refusal.", e.refusals().get(i), e.problems().get(i)));
        }
        return said;
    }

    private Object name(Object arg, Locale locale) {
        if (arg instanceof OrderStatus status) {
            return messages.getMessage("order.status." + status.name(), null, locale);
        }
        if (arg instanceof QuarantineStatus state) {
            return messages.getMessage("quarantine.status." + state.name(), null, locale);
        }
        if (arg instanceof PreAdviceStatus state) {
            return messages.getMessage("package.preadvice." + state.name(), null, locale);
        }
        // Numbers as they are: an order id or a count reads without grouping separators.
        return arg instanceof Number ? String.valueOf(arg) : arg;
    }
}

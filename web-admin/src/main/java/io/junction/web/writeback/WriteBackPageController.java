package io.junction.web.writeback;

import io.junction.logistics.CancellationQueue;
import io.junction.outbox.QueueRetries;
import io.junction.web.order.RefusalText;
import io.junction.writeback.OutboxStatus;
import io.junction.writeback.WriteBackQueue;
import java.security.Principal;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of the queues a person works: failed shipment confirmations with the marketplace's reason, and
 * parcel cancellations that failed or were refused with the carrier's; each retried alone or ticked in bulk.
 */
@Controller
public class WriteBackPageController {

    static final int SHOWN = 200;

    private final WriteBackQueue confirmations;
    private final CancellationQueue cancellations;
    private final RefusalText refusals;
    private final MessageSource messages;

    public WriteBackPageController(
            WriteBackQueue confirmations,
            CancellationQueue cancellations,
            RefusalText refusals,
            MessageSource messages) {
        this.confirmations = confirmations;
        this.cancellations = cancellations;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/write-back")
    public String page(Model model) {
        model.addAttribute("confirmations", confirmations.list(OutboxStatus.FAILED, 0, SHOWN));
        model.addAttribute("cancellations", cancellations.list(CancellationQueue.TO_WORK, 0, SHOWN));
        return "writeback/list";
    }

    @PostMapping("/write-back/retry")
    public String retryConfirmations(
            @RequestParam(name = "id", required = false) List<Long> ids, Principal user, RedirectAttributes flash) {
        return retried(ids, ticked -> confirmations.retryAll(ticked, user.getName()), flash);
    }

    @PostMapping("/write-back/cancellations/retry")
    public String retryCancellations(
            @RequestParam(name = "id", required = false) List<Long> ids, Principal user, RedirectAttributes flash) {
        return retried(ids, ticked -> cancellations.retryAll(ticked, user.getName()), flash);
    }

    /** Retries the ticked rows of one queue and says what it did; none ticked, it asks to tick some first. */
    private String retried(List<Long> ids, Function<List<Long>, QueueRetries> retryAll, RedirectAttributes flash) {
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("refused", List.of(text("writeback.tick-first")));
        } else {
            said(retryAll.apply(ids), flash);
        }
        return "redirect:/write-back";
    }

    private void said(QueueRetries done, RedirectAttributes flash) {
        if (!done.retried().isEmpty()) {
            flash.addFlashAttribute(
                    "retried",
                    text("writeback.retried", String.valueOf(done.retried().size())));
        }
        flash.addFlashAttribute(
                "refused",
                done.refused().stream()
                        .map(r -> text(
                                "writeback.refused",
                                String.valueOf(r.id()),
                                refusals.of("writeback.refusal.", r.refusal(), r.reason())))
                        .toList());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

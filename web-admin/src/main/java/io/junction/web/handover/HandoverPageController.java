package io.junction.web.handover;

import io.junction.handover.HandoverRefusedException;
import io.junction.handover.HandoverService;
import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethod;
import io.junction.web.page.Documents;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hand-over page (交接): open a carrier's batch, scan its parcels in with the count against what is due,
 * close it for the manifest; the parcels shipped today in no batch beneath.
 */
@Controller
@RequestMapping("/handovers")
public class HandoverPageController {

    private final HandoverService handovers;
    private final Carriers carriers;
    private final Documents documents;
    private final HandoverRefusals refusals;

    HandoverPageController(
            HandoverService handovers, Carriers carriers, Documents documents, HandoverRefusals refusals) {
        this.handovers = handovers;
        this.carriers = carriers;
        this.documents = documents;
        this.refusals = refusals;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("batches", handovers.recent());
        model.addAttribute("carriers", carrierCodes());
        model.addAttribute("unbatched", handovers.unbatched(handovers.today(documents.zone()), documents.zone()));
        return "handovers/list";
    }

    @PostMapping
    public String open(@RequestParam(defaultValue = "") String carrier, Principal user, RedirectAttributes flash) {
        try {
            long id = handovers.open(carrier, user.getName()).handover().id();
            return "redirect:/handovers/" + id;
        } catch (HandoverRefusedException e) {
            flash.addFlashAttribute("refusal", refusals.of(e));
            return "redirect:/handovers";
        }
    }

    @GetMapping("/{id}")
    public String batch(@PathVariable long id, Model model) {
        model.addAttribute("batch", handovers.batch(id));
        return "handovers/batch";
    }

    /** One scan at the station; the page comes back ready for the next, saying what the scan did. */
    @PostMapping("/{id}/parcels")
    public String scan(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String code,
            Principal user,
            RedirectAttributes flash) {
        try {
            handovers.scan(id, code, user.getName());
            flash.addFlashAttribute("scanned", code.strip());
        } catch (HandoverRefusedException e) {
            if (e.notFound()) {
                throw e;
            }
            flash.addFlashAttribute("refusal", refusals.of(e));
        }
        return "redirect:/handovers/" + id;
    }

    @PostMapping("/{id}/close")
    public ResponseEntity<byte[]> close(@PathVariable long id, Principal user) {
        return Documents.inline(
                handovers.close(id, user.getName(), documents.under("handover."), documents.zone()),
                "handover-" + id + ".pdf");
    }

    private List<String> carrierCodes() {
        return carriers.methods().stream()
                .map(LogisticsMethod::carrierAccountId)
                .distinct()
                .map(a -> carriers.account(a).carrier())
                .distinct()
                .sorted()
                .toList();
    }
}

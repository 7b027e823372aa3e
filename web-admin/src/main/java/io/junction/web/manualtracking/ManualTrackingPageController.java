package io.junction.web.manualtracking;

import io.junction.manualtracking.ManualTracking;
import io.junction.manualtracking.ManualTrackingRefusedException;
import io.junction.manualtracking.ManualTrackingService;
import io.junction.web.api.ApiInputException;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The order page's tracking-number form, and the page that imports a sheet of them. */
@Controller
public class ManualTrackingPageController {

    private final ManualTrackingService manual;
    private final ManualTrackingAnswers answers;

    ManualTrackingPageController(ManualTrackingService manual, ManualTrackingAnswers answers) {
        this.manual = manual;
        this.answers = answers;
    }

    @PostMapping("/orders/{id}/manual-tracking")
    public String enter(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(required = false) String packageNo,
            Principal user,
            RedirectAttributes flash) {
        try {
            manual.enter(List.of(ManualTracking.forOrder(id, packageNo, trackingNumber)), user.getName());
            flash.addFlashAttribute("manualTrackingResult", List.of());
        } catch (ManualTrackingRefusedException e) {
            flash.addFlashAttribute(
                    "manualTrackingResult",
                    answers.of(e).stream()
                            .map(ManualTrackingAnswers.Said::detail)
                            .toList());
        }
        return "redirect:/orders/" + id;
    }

    @GetMapping("/manual-tracking")
    public String importPage() {
        return "manualtracking/import";
    }

    @PostMapping("/manual-tracking/import")
    public String importSheet(
            @RequestPart(name = "file", required = false) MultipartFile file, Principal user, Model model) {
        try {
            ManualTrackingWorkbook.Read read = ManualTrackingApiController.read(file);
            if (!read.sheet().problems().isEmpty()) {
                model.addAttribute("problems", answers.ofSheet(read.sheet().problems()));
            } else {
                List<Long> orders = manual.enter(read.entries(), user.getName());
                model.addAttribute("entered", read.entries().size());
                model.addAttribute("orders", orders.size());
            }
        } catch (ManualTrackingRefusedException e) {
            model.addAttribute("problems", answers.of(e));
        } catch (ApiInputException e) {
            model.addAttribute("fileProblem", e.key());
        }
        return "manualtracking/import";
    }
}

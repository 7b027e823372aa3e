package io.junction.web.stock;

import io.junction.allocation.AllocationSettings;
import io.junction.sku.WarehouseSku;
import io.junction.stock.StockMapper;
import io.junction.stock.StockRefusedException;
import io.junction.stock.StockService;
import io.junction.web.page.PageFormat;
import java.security.Principal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The stock pages: every SKU's stock (the least available first) with adjustments, the receiving page made
 * for a scanner, and the seller's automatic-allocation setting. The receiving page's script asks here, with
 * the page's session and CSRF token, for the SKU a scanned code names and books the receipt.
 */
@Controller
public class StockPageController {

    private static final DateTimeFormatter REFERENCE = DateTimeFormatter.ofPattern("'RCV-'yyyyMMdd-HHmmss");

    private final StockService stock;
    private final StockMapper levels;
    private final StockProblems problems;
    private final AllocationSettings settings;
    private final MessageSource messages;
    private final PageFormat format;
    private final Clock clock;

    public StockPageController(
            StockService stock,
            StockMapper levels,
            StockProblems problems,
            AllocationSettings settings,
            MessageSource messages,
            PageFormat format,
            Clock clock) {
        this.stock = stock;
        this.levels = levels;
        this.problems = problems;
        this.settings = settings;
        this.messages = messages;
        this.format = format;
        this.clock = clock;
    }

    @GetMapping("/stock")
    public String stockPage(Model model) {
        model.addAttribute("levels", levels.levels());
        return "stock/list";
    }

    /** An adjustment from the stock page's form; the page shows what it did or why it was refused. */
    @PostMapping("/stock/adjustments")
    public String adjust(
            @RequestParam(required = false) String skuCode,
            @RequestParam(required = false) String delta,
            @RequestParam(required = false) String reason,
            Principal user,
            Model model) {
        try {
            WarehouseSku sku = stock.adjust(skuCode, parse(delta), reason, user.getName());
            model.addAttribute("adjusted", text("stock.adjust.done", sku.sku(), sku.onHand(), sku.available()));
        } catch (StockRefusedException refused) {
            model.addAttribute("refused", problems.reasons(refused));
        }
        return stockPage(model);
    }

    @GetMapping("/stock/receiving")
    public String receiving(Model model) {
        model.addAttribute("reference", newReference());
        return "stock/receiving";
    }

    /** A receipt reference from the time in the reader's zone, which the person may change. */
    private String newReference() {
        return REFERENCE.format(clock.instant().atZone(ZoneId.of(format.zone())));
    }

    /** The SKU a scanned code names (a barcode, or the SKU code on a label), for the receiving page. */
    public record ScannedSku(String skuCode, String name, String location, int onHand) {}

    @GetMapping("/stock/receiving/sku")
    @ResponseBody
    public ResponseEntity<Object> scanned(@RequestParam(defaultValue = "") String code) {
        WarehouseSku sku = code.isBlank() ? null : stock.barcodeOf(code.strip());
        if (sku == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("detail", text("stock.receiving.unknown", code.strip())));
        }
        return ResponseEntity.ok(new ScannedSku(sku.sku(), sku.name(), sku.location(), sku.onHand()));
    }

    /** Books the receipt the page collected; answers what it booked, in the reader's language. */
    @PostMapping("/stock/receiving")
    @ResponseBody
    public Map<String, Object> receive(@RequestBody StockApiController.ReceiptRequest request, Principal user) {
        StockService.Receipt receipt = stock.receive(request.reference(), request.lines(), user.getName());
        int units = receipt.lines().stream()
                .mapToInt(StockService.Receipt.Received::quantity)
                .sum();
        String next = newReference();
        return Map.of(
                "id",
                receipt.id(),
                "next",
                next.equals(receipt.reference()) ? next + "-2" : next,
                "detail",
                text(
                        "stock.receiving.booked",
                        receipt.reference(),
                        receipt.lines().size(),
                        units));
    }

    @ExceptionHandler(StockRefusedException.class)
    @ResponseBody
    ResponseEntity<ProblemDetail> refused(StockRefusedException e) {
        ProblemDetail problem = problems.of(e);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @GetMapping("/settings")
    public String settingsPage(Model model) {
        model.addAttribute("autoAllocate", settings.autoAllocate());
        return "stock/settings";
    }

    @PostMapping("/settings")
    public String saveSettings(@RequestParam(defaultValue = "false") boolean autoAllocate, Principal user) {
        settings.setAutoAllocate(autoAllocate, user.getName());
        return "redirect:/settings?saved";
    }

    private static Integer parse(String delta) {
        try {
            return delta == null || delta.isBlank() ? null : Integer.valueOf(delta.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A message in the reader's language; numbers as they are. */
    private String text(String key, Object... args) {
        Object[] plain = java.util.Arrays.stream(args)
                .map(a -> a instanceof Number ? String.valueOf(a) : a)
                .toArray();
        return messages.getMessage(key, plain, LocaleContextHolder.getLocale());
    }
}

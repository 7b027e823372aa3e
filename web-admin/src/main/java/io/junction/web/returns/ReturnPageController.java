package io.junction.web.returns;

import io.junction.order.Order;
import io.junction.order.OrderLine;
import io.junction.order.OrderMapper;
import io.junction.order.OrderPackage;
import io.junction.order.PackageMapper;
import io.junction.returns.Disposition;
import io.junction.returns.ResendService;
import io.junction.returns.Return;
import io.junction.returns.ReturnLine;
import io.junction.returns.ReturnRefusedException;
import io.junction.returns.ReturnService;
import io.junction.returns.ReturnStatus;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The returns pages: the list by status with a return registered from an order's tracking number, package
 * number or id; and receiving at the station, where each scanned barcode counts one unit of its line before
 * the receipt is booked (every count, disposition and bin kept on the page between scans).
 */
@Controller
public class ReturnPageController {

    static final int SHOWN = 200;

    private final ReturnService returns;
    private final ResendService resends;
    private final ReturnProblems problems;
    private final OrderMapper orders;
    private final PackageMapper packages;
    private final SkuMapper skus;
    private final MessageSource messages;

    public ReturnPageController(
            ReturnService returns,
            ResendService resends,
            ReturnProblems problems,
            OrderMapper orders,
            PackageMapper packages,
            SkuMapper skus,
            MessageSource messages) {
        this.returns = returns;
        this.resends = resends;
        this.problems = problems;
        this.orders = orders;
        this.packages = packages;
        this.skus = skus;
        this.messages = messages;
    }

    /**
     * One order line as the register and resend forms show it: how many units may come back or go again (what may
     * still come back; what shipped), and how many the form starts with (none; a return's units).
     */
    public record FormLine(OrderLine line, int most, int proposed) {}

    /** One line of the receiving form, as counted so far. */
    public record Counted(ReturnLine line, int quantity, Disposition disposition, String location) {}

    @GetMapping("/returns")
    public String list(@RequestParam(defaultValue = "REQUESTED") ReturnStatus status, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("counts", returns.countByStatus());
        model.addAttribute("returns", returns.list(status, null, SHOWN));
        return "returns/list";
    }

    /** The register form of the order a code names: its tracking number, package number, or Junction's id. */
    @GetMapping("/returns/new")
    public String registerForm(@RequestParam(defaultValue = "") String order, Model model, RedirectAttributes flash) {
        Optional<Long> orderId = orderOf(order.strip());
        if (orderId.isEmpty()) {
            flash.addFlashAttribute("refused", List.of(text("returns.no-order", order.strip())));
            return "redirect:/returns";
        }
        formModel(model, orderId.get(), returns.returnable(orderId.get()), Map.of());
        return "returns/new";
    }

    @PostMapping("/returns")
    public String register(
            @RequestParam long orderId,
            @RequestParam(required = false) String reason,
            @RequestParam Map<String, String> form,
            Principal user,
            RedirectAttributes flash) {
        List<ReturnService.RequestedLine> lines = requested(orderId, form);
        return redirectAfter(
                flash,
                () -> text(
                        "returns.registered",
                        String.valueOf(returns.register(orderId, reason, lines, user.getName())
                                .id())),
                "/returns",
                "/returns/new?order=" + orderId);
    }

    /**
     * The resend form of a shipped order: each line with what shipped, filled with a return's units when the
     * resend replaces what came back.
     */
    @GetMapping("/returns/resend")
    public String resendForm(
            @RequestParam long order, @RequestParam(name = "return", required = false) Long returnId, Model model) {
        Map<Long, Integer> shipped = resends.shipped(order);
        Map<Long, Integer> returned = returnId == null
                ? Map.of()
                : returns.get(returnId).lines().stream()
                        .collect(java.util.stream.Collectors.toMap(ReturnLine::orderLineId, ReturnLine::quantity));
        formModel(model, order, shipped, returned);
        return "returns/resend";
    }

    @PostMapping("/returns/resend")
    public String resend(
            @RequestParam long orderId,
            @RequestParam(required = false) String reason,
            @RequestParam Map<String, String> form,
            Principal user,
            RedirectAttributes flash) {
        return redirectAfter(
                flash,
                () -> {
                    Order resend = resends.resend(orderId, reason, requested(orderId, form), user.getName());
                    return text("resend.created", resend.platformOrderId());
                },
                "/returns/resends?order=" + orderId,
                "/returns/resend?order=" + orderId);
    }

    /** The resends of an order, each a link to its own order page. */
    @GetMapping("/returns/resends")
    public String resendsOf(@RequestParam long order, Model model) {
        model.addAttribute("order", orders.findById(order));
        model.addAttribute("resends", resends.resendsOf(order));
        return "returns/resends";
    }

    /**
     * The order and its lines for the return and resend forms: each line with the most a person may enter
     * ({@code most}, none where absent) and the units filled in ({@code proposed}, none where absent).
     */
    private void formModel(Model model, long orderId, Map<Long, Integer> most, Map<Long, Integer> proposed) {
        model.addAttribute("order", orders.findById(orderId));
        model.addAttribute(
                "lines",
                orders.lines(orderId).stream()
                        .map(l -> new FormLine(l, most.getOrDefault(l.id(), 0), proposed.getOrDefault(l.id(), 0)))
                        .toList());
    }

    /** The lines a register or resend form asks for: each order line's quantity field that is filled. */
    private List<ReturnService.RequestedLine> requested(long orderId, Map<String, String> form) {
        List<ReturnService.RequestedLine> lines = new ArrayList<>();
        for (OrderLine line : orders.lines(orderId)) {
            Integer quantity = number(form.get("qty_" + line.id()));
            if (quantity != null && quantity != 0) {
                lines.add(new ReturnService.RequestedLine(line.id(), quantity));
            }
        }
        return lines;
    }

    /** The return a scanned code names: its number, or the latest requested return of the order it names. */
    @GetMapping("/returns/receive")
    public String find(@RequestParam(defaultValue = "") String code, RedirectAttributes flash) {
        String scanned = code.strip().replaceFirst("(?i)^RMA-?", "");
        Optional<Return> found = Optional.empty();
        if (scanned.matches("\\d{1,18}")) {
            found = get(Long.parseLong(scanned));
        }
        if (found.isEmpty()) {
            found = orderOf(code.strip())
                    .flatMap(orderId -> returns.list(ReturnStatus.REQUESTED, orderId, 1).stream()
                            .findFirst());
        }
        if (found.isEmpty()) {
            flash.addFlashAttribute("refused", List.of(text("returns.not-found", code.strip())));
            return "redirect:/returns";
        }
        return "redirect:/returns/" + found.get().id() + "/receive";
    }

    @GetMapping("/returns/{id}/receive")
    public String receiveForm(@PathVariable long id, Model model) {
        Return ret = returns.get(id);
        List<Counted> counted = ret.lines().stream()
                .map(l -> new Counted(l, 0, Disposition.RESTOCK, null))
                .toList();
        return receivePage(ret, counted, model);
    }

    /**
     * A scan (the default button, which Enter in the barcode field presses) counts one unit of the scanned
     * barcode's line; "receive" books what the form holds.
     */
    @PostMapping("/returns/{id}/receive")
    public String receive(
            @PathVariable long id,
            @RequestParam(defaultValue = "scan") String action,
            @RequestParam(defaultValue = "") String barcode,
            @RequestParam Map<String, String> form,
            Principal user,
            Model model,
            RedirectAttributes flash) {
        Return ret = returns.get(id);
        List<Counted> counted = new ArrayList<>();
        for (ReturnLine line : ret.lines()) {
            Integer quantity = number(form.get("qty_" + line.orderLineId()));
            String disposition = form.getOrDefault("disposition_" + line.orderLineId(), "RESTOCK");
            counted.add(new Counted(
                    line,
                    quantity == null ? 0 : quantity,
                    "SCRAP".equals(disposition) ? Disposition.SCRAP : Disposition.RESTOCK,
                    form.get("location_" + line.orderLineId())));
        }
        if ("receive".equals(action)) {
            List<ReturnService.ReceivedLine> lines = counted.stream()
                    .filter(c -> c.quantity() != 0)
                    .map(c -> new ReturnService.ReceivedLine(
                            c.line().orderLineId(), c.quantity(), c.disposition(), c.location()))
                    .toList();
            try {
                returns.receive(id, lines, user.getName());
                flash.addFlashAttribute("done", text("returns.received", String.valueOf(id)));
                return "redirect:/returns?status=RECEIVED";
            } catch (ReturnRefusedException e) {
                model.addAttribute("refused", reasons(e));
                return receivePage(ret, counted, model);
            }
        }
        String code = barcode.strip();
        WarehouseSku sku = code.isEmpty() ? null : skus.findByBarcode(code);
        Optional<Long> line = sku == null ? Optional.empty() : returns.lineOfSku(id, sku.id());
        if (line.isEmpty()) {
            model.addAttribute("refused", List.of(text("returns.scan.unknown", code)));
            return receivePage(ret, counted, model);
        }
        List<Counted> after = new ArrayList<>();
        for (Counted c : counted) {
            boolean hit = c.line().orderLineId() == line.get();
            after.add(hit ? new Counted(c.line(), c.quantity() + 1, c.disposition(), c.location()) : c);
            if (hit) {
                model.addAttribute(
                        c.quantity() + 1 > c.line().quantity() ? "warning" : "scanned",
                        text(
                                c.quantity() + 1 > c.line().quantity()
                                        ? "returns.scan.too-many"
                                        : "returns.scan.counted",
                                c.line().platformSku(),
                                String.valueOf(c.quantity() + 1),
                                String.valueOf(c.line().quantity())));
            }
        }
        return receivePage(ret, after, model);
    }

    @PostMapping("/returns/{id}/close")
    public String close(
            @PathVariable long id,
            @RequestParam(required = false) String refundAmount,
            @RequestParam(required = false) String refundNote,
            Principal user,
            RedirectAttributes flash) {
        BigDecimal amount;
        try {
            amount = refundAmount == null || refundAmount.isBlank() ? null : new BigDecimal(refundAmount.strip());
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("refused", List.of(text("returns.refund.not-a-number", refundAmount.strip())));
            return "redirect:/returns?status=RECEIVED";
        }
        BigDecimal refund = amount;
        return redirectAfter(
                flash,
                () -> {
                    returns.close(id, refund, refundNote, user.getName());
                    return text("returns.closed", String.valueOf(id));
                },
                "/returns?status=CLOSED",
                "/returns?status=RECEIVED");
    }

    /**
     * Makes a change that answers with what it did: that text flashed and a redirect to {@code doneUrl}; or,
     * refused, the reasons flashed and a redirect to {@code refusedUrl}, where the person tries again.
     */
    private String redirectAfter(RedirectAttributes flash, Supplier<String> change, String doneUrl, String refusedUrl) {
        try {
            flash.addFlashAttribute("done", change.get());
            return "redirect:" + doneUrl;
        } catch (ReturnRefusedException e) {
            flash.addFlashAttribute("refused", reasons(e));
            return "redirect:" + refusedUrl;
        }
    }

    private String receivePage(Return ret, List<Counted> counted, Model model) {
        model.addAttribute("ret", ret);
        model.addAttribute("counted", counted);
        return "returns/receive";
    }

    private Optional<Return> get(long id) {
        try {
            return Optional.of(returns.get(id));
        } catch (NoSuchElementException e) {
            return Optional.empty();
        }
    }

    /** The order a code names: a package's tracking or package number, else Junction's order id. */
    private Optional<Long> orderOf(String code) {
        if (code.isEmpty()) {
            return Optional.empty();
        }
        List<OrderPackage> found = packages.findByCode(code);
        if (!found.isEmpty()) {
            return Optional.of(found.get(found.size() - 1).orderId());
        }
        if (code.matches("\\d{1,18}")) {
            try {
                returns.returnable(Long.parseLong(code));
                return Optional.of(Long.parseLong(code));
            } catch (NoSuchElementException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private List<String> reasons(ReturnRefusedException e) {
        return problems.said(e).stream().map(p -> p.reason()).toList();
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

package io.junction.web.order;

import io.junction.job.JobService;
import io.junction.job.JobState;
import io.junction.label.LabelException;
import io.junction.label.LabelService;
import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethodMapper;
import io.junction.order.AllocationBlock;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderFilter;
import io.junction.order.OrderMapper;
import io.junction.order.OrderStatus;
import io.junction.shop.Shop;
import io.junction.shop.ShopScope;
import io.junction.shop.ShopService;
import io.junction.web.api.ApiInputException;
import io.junction.writeback.TrackingChangeEntry;
import io.junction.writeback.TrackingChangeService;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The order pages: the list with its status tabs, counts and batch actions, one order's detail, and
 * the labels of the selected orders as one PDF. Batch actions post here from htmx (session and CSRF,
 * unlike the HTTP Basic API) and answer with the refreshed list and the result per order.
 */
@Controller
@RequestMapping("/orders")
public class OrderPageController {

    static final List<Integer> PAGE_SIZES = List.of(50, 100, 200, 500);
    static final int DEFAULT_PAGE_SIZE = 100;
    /** As many as the REST API takes in one batch. */
    static final int MAX_BATCH = 1000;

    private final OrderQueries queries;
    private final OrderActions actions;
    private final LabelService labels;
    private final OrderMapper orders;
    private final ShopService shops;
    private final TrackingChangeService trackingChanges;
    private final ShopScope scope;
    private final RefusalText refusals;
    private final MessageSource messages;
    private final JobService jobs;
    private final MessageSource problems;
    private final LogisticsMethodMapper methods;
    private final Carriers carriers;

    public OrderPageController(
            OrderQueries queries,
            OrderActions actions,
            LabelService labels,
            OrderMapper orders,
            ShopService shops,
            TrackingChangeService trackingChanges,
            ShopScope scope,
            RefusalText refusals,
            MessageSource messages,
            JobService jobs,
            LogisticsMethodMapper methods,
            Carriers carriers) {
        this.jobs = jobs;
        this.problems = messages;
        this.methods = methods;
        this.carriers = carriers;
        this.scope = scope;
        this.trackingChanges = trackingChanges;
        this.refusals = refusals;
        this.messages = messages;
        this.queries = queries;
        this.actions = actions;
        this.labels = labels;
        this.orders = orders;
        this.shops = shops;
    }

    @GetMapping
    public String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) AllocationBlock block,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        workspace(model, OrderTab.fromParameter(status), block, page, size, null);
        return htmx != null ? "orders/list :: workspace" : "orders/list";
    }

    /** The list's filter parameters beside the tab's status and block, kept as hidden inputs of the action form. */
    static final List<String> FILTER_NAMES = List.of(
            "q",
            "sku",
            "country",
            "shopId",
            "platform",
            "logisticsMethodId",
            "tag",
            "shipByBefore",
            "createdFrom",
            "createdTo",
            "sort");

    /**
     * The list's filter parameters of this request, for the action form to carry them ("all N matching" acts on
     * the same filter the list shows).
     */
    @ModelAttribute("filterHidden")
    Map<String, String> filterHidden(@RequestParam MultiValueMap<String, String> parameters) {
        Map<String, String> kept = new LinkedHashMap<>();
        FILTER_NAMES.forEach(name -> {
            String value = parameters.getFirst(name);
            if (value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    /**
     * A batch action on the checked orders, or on every order the list's filter matches ({@code allMatching});
     * answers with the refreshed list and what happened to each order, or, for more than {@link
     * OrderActions#AT_ONCE} orders, with a progress bar that polls the job.
     */
    @PostMapping("/actions/{action}")
    public String act(
            @PathVariable String action,
            @RequestParam(required = false) List<Long> orderIds,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) AllocationBlock block,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            @RequestParam(required = false) String allMatching,
            @RequestParam(name = "methodId", required = false) Long methodId,
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = "HX-Prompt", required = false) String reason,
            Principal user,
            Model model) {
        OrderAction what = OrderAction.fromPath(action);
        OrderTab tab = OrderTab.fromParameter(status);
        requireEveryId(orderIds);
        ActionOutcome outcome;
        OrderActions.Submitted.Queued queued = null;
        try {
            ActionInput asked = actions.fromPrompt(what, reason == null || reason.isBlank() ? null : reason.strip());
            ActionInput input = actions.check(
                    what, new ActionInput(asked.reason(), methodId, asked.tags(), asked.priority(), asked.note()));
            List<Long> ids = "true".equals(allMatching) ? actions.select(matching(tab, block, parameters)) : orderIds;
            requireEveryId(ids);
            if (ids == null || ids.isEmpty()) {
                outcome = ActionOutcome.notice(what, text("order.notice.select-first"));
            } else {
                OrderActions.Submitted submitted = actions.submit(what, ids, input, user.getName());
                if (submitted instanceof OrderActions.Submitted.Queued q) {
                    queued = q;
                    outcome = null;
                } else {
                    outcome = outcome(what, ((OrderActions.Submitted.Done) submitted).result());
                }
            }
        } catch (ApiInputException refused) {
            outcome = ActionOutcome.notice(
                    what, problems.getMessage(refused.key(), plain(refused.args()), LocaleContextHolder.getLocale()));
        } catch (IllegalArgumentException refused) {
            outcome = ActionOutcome.notice(what, refused.getMessage());
        }
        workspace(model, tab, block, page, size, outcome);
        if (queued != null) {
            model.addAttribute("job", progress(jobs.report(queued.jobId()).orElseThrow()));
        }
        return "orders/list :: workspace";
    }

    /**
     * A background action's progress bar, polled by the list: the bar while it runs, then the refreshed list with
     * what happened to each order (swapped in place of the whole workspace).
     */
    @GetMapping("/jobs/{id}")
    public String job(
            @PathVariable long id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) AllocationBlock block,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            Principal user,
            Model model,
            HttpServletResponse response) {
        JobService.Report report = jobs.report(id)
                .filter(r -> r.job().actor().equals(user.getName()))
                .orElseThrow(() -> new NoSuchElementException("No job " + id));
        OrderTab tab = OrderTab.fromParameter(status);
        if (report.job().state() != JobState.DONE) {
            model.addAttribute("job", progress(report));
            model.addAttribute("tab", tab);
            model.addAttribute("block", block);
            model.addAttribute("page", page);
            model.addAttribute("size", size);
            return "orders/list :: job-progress";
        }
        OrderAction what = OrderAction.fromPath(report.job().parameters().text("action"));
        workspace(
                model,
                tab,
                block,
                page,
                size,
                outcome(what, new BatchActionResult(report.succeeded(), report.failed())));
        response.setHeader("HX-Retarget", "#workspace");
        response.setHeader("HX-Reswap", "outerHTML");
        return "orders/list :: workspace";
    }

    /**
     * A running job as the progress bar shows it.
     *
     * @param actionKey the message key of the action's name
     */
    public record JobProgress(long id, String actionKey, int done, int total) {}

    private static JobProgress progress(JobService.Report report) {
        OrderAction what = OrderAction.fromPath(report.job().parameters().text("action"));
        return new JobProgress(
                report.job().id(),
                what.labelKey(),
                report.job().done(),
                report.job().total());
    }

    /** The filter the list shows: the tab, its block, and the filter bar's parameters. */
    private OrderFilter matching(OrderTab tab, AllocationBlock block, MultiValueMap<String, String> parameters) {
        OrderListParams listed = new OrderListParams(
                tab.status() == null ? null : tab.status().name(),
                block == null ? null : block.name(),
                parameters.getFirst("q"),
                parameters.getFirst("sku"),
                parameters.getFirst("country"),
                parameters.getFirst("shopId"),
                parameters.getFirst("platform"),
                parameters.getFirst("logisticsMethodId"),
                parameters.getFirst("tag"),
                parameters.getFirst("shipByBefore"),
                parameters.getFirst("createdFrom"),
                parameters.getFirst("createdTo"),
                null);
        return listed.toFilter(LocaleContextHolder.getTimeZone().toZoneId());
    }

    private static Object[] plain(Object[] args) {
        return Arrays.stream(args)
                .map(a -> a instanceof Number ? String.valueOf(a) : a)
                .toArray();
    }

    @GetMapping("/{id}")
    public String detail(@PathVariable long id, Model model) {
        detailModel(model, id, null);
        return "orders/detail";
    }

    /** An action on the one order of the detail page; answers with the page's refreshed body. */
    @PostMapping("/{id}/actions/{action}")
    public String actOnOne(
            @PathVariable long id,
            @PathVariable String action,
            @RequestHeader(name = "HX-Prompt", required = false) String reason,
            Principal user,
            Model model) {
        ActionOutcome outcome = apply(OrderAction.fromPath(action), List.of(id), reason, user);
        detailModel(model, id, outcome);
        return "orders/detail :: order";
    }

    /** A new tracking number for one shipped package of the detail page; answers with the page's refreshed body. */
    @PostMapping("/{id}/packages/{packageId}/tracking-change")
    public String changeTracking(
            @PathVariable long id,
            @PathVariable long packageId,
            @RequestParam(required = false) String trackingNumber,
            @RequestParam(required = false) String reason,
            Principal user,
            Model model) {
        String result;
        try {
            if (!queries.hasPackage(id, packageId)) {
                throw new NoSuchElementException("Order " + id + " has no package " + packageId);
            }
            TrackingChangeEntry change = trackingChanges.change(packageId, trackingNumber, reason, user.getName());
            result = switch (change.status()) {
                case CONFIRMED -> text("order.tracking-change.changed", change.newTrackingNumber());
                case FAILED -> text("order.tracking-change.refused", change.lastError());
                case PENDING -> text("order.tracking-change.pending", change.lastError());
            };
        } catch (OrderActionException refused) {
            result = text("order.tracking-change.refused", refusals.of(refused.refusal(), refused.getMessage()));
        } catch (IllegalArgumentException refused) {
            result = text("order.tracking-change.refused", refused.getMessage());
        }
        detailModel(model, id, null);
        model.addAttribute("trackingChangeResult", result);
        return "orders/detail :: order";
    }

    /**
     * Prints the selected orders' labels as one PDF, for a new browser tab, recording the print; when any
     * cannot print, a page that says why.
     */
    @PostMapping("/labels.pdf")
    public ResponseEntity<byte[]> labels(@RequestParam(required = false) List<Long> orderIds, Principal user) {
        requireEveryId(orderIds);
        if (orderIds == null || orderIds.isEmpty()) {
            throw LabelException.noneSelected();
        }
        return labelsPdf(labels.mergedLabels(orderIds, user.getName()));
    }

    /** A preview of the same PDF, which records nothing (a GET never changes state). */
    @GetMapping("/labels.pdf")
    public ResponseEntity<byte[]> labelsPreview(@RequestParam(required = false) List<Long> orderIds) {
        requireEveryId(orderIds);
        if (orderIds == null || orderIds.isEmpty()) {
            throw LabelException.noneSelected();
        }
        return labelsPdf(labels.previewLabels(orderIds));
    }

    /**
     * {@code orderIds=1,,2} binds an empty id as null: that is bad input (400, the error page), not a 500
     * from deep in the printing, and nothing is printed.
     */
    private static void requireEveryId(List<Long> orderIds) {
        if (orderIds != null && orderIds.contains(null)) {
            throw new IllegalArgumentException("an empty order id in " + orderIds);
        }
    }

    private static ResponseEntity<byte[]> labelsPdf(byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("labels.pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @ExceptionHandler(LabelException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    public String labelsRefused(LabelException e, Model model) {
        model.addAttribute("problems", refusals.of(e));
        return "orders/labels-refused";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(NoSuchElementException e, Model model) {
        return "orders/not-found";
    }

    private ActionOutcome apply(OrderAction action, List<Long> orderIds, String reason, Principal user) {
        if (orderIds == null || orderIds.isEmpty()) {
            return ActionOutcome.notice(action, text("order.notice.select-first"));
        }
        if (orderIds.size() > MAX_BATCH) {
            return ActionOutcome.notice(action, text("order.notice.too-many", MAX_BATCH, orderIds.size()));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        BatchActionResult result;
        try {
            result = actions.apply(action, orderIds, user.getName(), why);
        } catch (ApiInputException refused) {
            return ActionOutcome.notice(
                    action, problems.getMessage(refused.key(), plain(refused.args()), LocaleContextHolder.getLocale()));
        } catch (IllegalArgumentException refused) {
            return ActionOutcome.notice(action, refused.getMessage());
        }
        return outcome(action, result);
    }

    /** What the action did, each order named by its platform id. */
    private ActionOutcome outcome(OrderAction action, BatchActionResult result) {
        List<Long> ids = new ArrayList<>(result.succeeded());
        result.failed().forEach(f -> ids.add(f.orderId()));
        Map<Long, Order> byId = ids.isEmpty()
                ? Map.of()
                : orders.findByIds(ids).stream()
                        .filter(o -> scope.includes(o.shopId()))
                        .collect(Collectors.toMap(Order::id, Function.identity()));
        return ActionOutcome.of(action, result, byId, refusals::of);
    }

    /**
     * The list's model: the tab, and on the To-allocate tab its sub-tabs by allocation block ({@code block},
     * none for all the tab's orders) with their counts.
     */
    private void workspace(
            Model model, OrderTab tab, AllocationBlock requested, int page, int size, ActionOutcome outcome) {
        int pageSize = PAGE_SIZES.contains(size) ? size : DEFAULT_PAGE_SIZE;
        AllocationBlock block = tab == OrderTab.PENDING_ALLOCATION ? requested : null;
        OrderFilter filter = new OrderFilter(tab.status(), null, null).blocked(block);
        Map<OrderStatus, Long> counts = queries.counts(new OrderFilter(null, null, null));
        Map<AllocationBlock, Long> blockCounts = tab == OrderTab.PENDING_ALLOCATION ? queries.blockCounts() : Map.of();
        long total = block == null ? tab.count(counts) : blockCounts.getOrDefault(block, 0L);
        int lastPage = (int) Math.max(0, (total - 1) / pageSize);
        int current = Math.min(Math.max(page, 0), lastPage);
        OrderQueries.Page found = queries.list(filter, current, pageSize);
        model.addAttribute("tabs", OrderTab.values());
        model.addAttribute("tab", tab);
        model.addAttribute("block", block);
        model.addAttribute("blocks", AllocationBlock.values());
        model.addAttribute("blockCounts", blockCounts);
        model.addAttribute("counts", counts);
        model.addAttribute("orders", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("page", current);
        model.addAttribute("lastPage", (int) Math.max(0, (found.total() - 1) / pageSize));
        model.addAttribute("size", pageSize);
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("shopNames", shopNames());
        model.addAttribute("outcome", outcome);
        model.addAttribute("markActions", OrderAction.MARKS);
        Set<Long> enabled = Set.copyOf(methods.enabledIds());
        model.addAttribute(
                "methods",
                carriers.methods().stream()
                        .filter(m -> enabled.contains(m.id()))
                        .toList());
    }

    private void detailModel(Model model, long id, ActionOutcome outcome) {
        OrderDetail detail = queries.detail(id);
        OrderTab tab = OrderTab.valueOf(detail.order().status().name());
        model.addAttribute("detail", detail);
        model.addAttribute("sellerNote", orders.findById(id).sellerNote());
        model.addAttribute("tab", tab);
        model.addAttribute(
                "shopName",
                shopNames()
                        .getOrDefault(
                                detail.order().shopId(), "#" + detail.order().shopId()));
        model.addAttribute("outcome", outcome);
    }

    /** A message in the reader's language; numbers as they are (an order count reads without separators). */
    private String text(String key, Object... args) {
        Object[] plain = Arrays.stream(args)
                .map(a -> a instanceof Number ? String.valueOf(a) : a)
                .toArray();
        return messages.getMessage(key, plain, LocaleContextHolder.getLocale());
    }

    private Map<Long, String> shopNames() {
        return shops.all().stream().collect(Collectors.toMap(Shop::id, Shop::name));
    }
}

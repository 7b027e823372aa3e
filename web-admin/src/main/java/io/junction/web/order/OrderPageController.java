package io.junction.web.order;

import io.junction.label.LabelException;
import io.junction.label.LabelSelection;
import io.junction.label.LabelService;
import io.junction.label.LabelSort;
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
import io.junction.writeback.TrackingChangeEntry;
import io.junction.writeback.TrackingChangeService;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
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

    public OrderPageController(
            OrderQueries queries,
            OrderActions actions,
            LabelService labels,
            OrderMapper orders,
            ShopService shops,
            TrackingChangeService trackingChanges,
            ShopScope scope,
            RefusalText refusals,
            MessageSource messages) {
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

    /** A batch action on the checked orders; answers with the refreshed list and what happened to each order. */
    @PostMapping("/actions/{action}")
    public String act(
            @PathVariable String action,
            @RequestParam(required = false) List<Long> orderIds,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) AllocationBlock block,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            @RequestHeader(name = "HX-Prompt", required = false) String reason,
            Principal user,
            Model model) {
        OrderAction what = OrderAction.fromPath(action);
        workspace(model, OrderTab.fromParameter(status), block, page, size, apply(what, orderIds, reason, user));
        return "orders/list :: workspace";
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
    public ResponseEntity<byte[]> labels(
            @RequestParam(required = false) List<Long> orderIds,
            @RequestParam(required = false) LabelSort sort,
            Principal user) {
        requireEveryId(orderIds);
        if (orderIds == null || orderIds.isEmpty()) {
            throw LabelException.noneSelected();
        }
        return labelsPdf(labels.mergedLabels(new LabelSelection(orderIds, sort, null, null), user.getName()));
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
        } catch (IllegalArgumentException refused) {
            return ActionOutcome.notice(action, refused.getMessage());
        }
        Map<Long, Order> byId = orders.findByIds(orderIds).stream()
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
    }

    private void detailModel(Model model, long id, ActionOutcome outcome) {
        OrderDetail detail = queries.detail(id);
        OrderTab tab = OrderTab.valueOf(detail.order().status().name());
        model.addAttribute("detail", detail);
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

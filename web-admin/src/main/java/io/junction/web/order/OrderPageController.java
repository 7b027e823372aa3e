package io.junction.web.order;

import io.junction.channel.PlatformState;
import io.junction.job.JobService;
import io.junction.job.JobState;
import io.junction.label.LabelException;
import io.junction.label.LabelSelection;
import io.junction.label.LabelService;
import io.junction.label.LabelSort;
import io.junction.logistics.Carriers;
import io.junction.logistics.LogisticsMethodMapper;
import io.junction.logistics.TrackingStatus;
import io.junction.merge.MergeService;
import io.junction.order.AllocationBlock;
import io.junction.order.BatchActionResult;
import io.junction.order.Order;
import io.junction.order.OrderActionException;
import io.junction.order.OrderEditService;
import io.junction.order.OrderFilter;
import io.junction.order.OrderList;
import io.junction.order.OrderMapper;
import io.junction.order.OrderSort;
import io.junction.order.OrderStatus;
import io.junction.order.RefundOverrideMapper;
import io.junction.order.RefusedArgumentException;
import io.junction.shop.Shop;
import io.junction.shop.ShopScope;
import io.junction.shop.ShopService;
import io.junction.split.SplitService;
import io.junction.web.api.ApiInputException;
import io.junction.web.page.Documents;
import io.junction.web.page.NotFoundPage;
import io.junction.web.page.PageFormat;
import io.junction.writeback.TrackingChangeEntry;
import io.junction.writeback.TrackingChangeService;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The order pages: the list with its status tabs, counts and batch actions, one order's detail, and
 * the labels of the selected orders as one PDF. Batch actions post here from htmx (session and CSRF,
 * unlike the HTTP Basic API) and answer with the refreshed list and the result per order.
 */
@Controller
@NotFoundPage
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
    private final OrderEditService edits;
    private final SplitService splits;
    private final MergeService merges;
    private final Carriers carriers;
    private final JsonMapper json;
    private final JobService jobs;
    private final MessageSource problems;
    private final LogisticsMethodMapper methods;
    private final OrderCustoms customs;
    private final RefundOverrideMapper refundOverrides;

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
            OrderEditService edits,
            SplitService splits,
            MergeService merges,
            Carriers carriers,
            JsonMapper json,
            JobService jobs,
            LogisticsMethodMapper methods,
            OrderCustoms customs,
            RefundOverrideMapper refundOverrides) {
        this.refundOverrides = refundOverrides;
        this.customs = customs;
        this.jobs = jobs;
        this.problems = messages;
        this.methods = methods;
        this.merges = merges;
        this.edits = edits;
        this.splits = splits;
        this.scope = scope;
        this.trackingChanges = trackingChanges;
        this.refusals = refusals;
        this.messages = messages;
        this.carriers = carriers;
        this.json = json;
        this.queries = queries;
        this.actions = actions;
        this.labels = labels;
        this.orders = orders;
        this.shops = shops;
    }

    /**
     * The list: a tab, the reader's filter and sort (all in the URL: {@link OrderListParams}, {@code status} naming
     * the tab) and a page, reached by the cursor of a neighbouring page ({@code after}, {@code before}) or by number.
     */
    @GetMapping
    public String list(
            @ModelAttribute OrderListParams params,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        workspace(model, params, new Paging(after, before, page, size), null, response);
        return htmx != null ? "orders/list :: workspace" : "orders/list";
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
            @ModelAttribute OrderListParams params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            @RequestParam(required = false) String allMatching,
            @RequestParam(name = "methodId", required = false) Long methodId,
            @RequestHeader(name = "HX-Prompt", required = false) String prompted,
            @RequestParam(name = "reason", required = false) String reasonField,
            Principal user,
            HttpServletResponse response,
            Model model) {
        OrderAction what = OrderAction.fromPath(action);
        // the answer to the action's question, or the reason field of a confirmation (force-ship)
        String reason = prompted != null ? prompted : reasonField;
        requireEveryId(orderIds);
        ActionOutcome outcome;
        OrderActions.Submitted.Queued queued = null;
        try {
            ActionInput asked = actions.fromPrompt(what, reason == null || reason.isBlank() ? null : reason.strip());
            ActionInput input = actions.check(
                    what, new ActionInput(asked.reason(), methodId, asked.tags(), asked.priority(), asked.note()));
            List<Long> ids = selected(orderIds, allMatching, params);
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
            outcome = ActionOutcome.notice(what, said(refused));
        } catch (IllegalArgumentException refused) {
            outcome = ActionOutcome.notice(what, refused.getMessage());
        }
        if (queued != null) {
            model.addAttribute("job", progress(jobs.report(queued.jobId()).orElseThrow()));
        }
        return refreshedList(model, params, page, size, outcome, response);
    }

    /**
     * The confirmation step of force-ship on the list: what it would do to each selected order (or why it is
     * refused), a reason to give, and the button that runs it on the orders that may go. Nothing changes here.
     */
    @PostMapping("/actions/force-ship/preview")
    public String previewForceShip(
            @RequestParam(required = false) List<Long> orderIds,
            @ModelAttribute OrderListParams params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            @RequestParam(required = false) String allMatching,
            HttpServletResponse response,
            Model model) {
        requireEveryId(orderIds);
        ActionOutcome outcome = null;
        try {
            List<Long> ids = selected(orderIds, allMatching, params);
            if (ids == null || ids.isEmpty()) {
                outcome = ActionOutcome.notice(OrderAction.FORCE_SHIP, text("order.notice.select-first"));
            } else {
                model.addAttribute("forceShip", confirmation(ids, "true".equals(allMatching)));
            }
        } catch (ApiInputException refused) {
            outcome = ActionOutcome.notice(OrderAction.FORCE_SHIP, said(refused));
        }
        return refreshedList(model, params, page, size, outcome, response);
    }

    /**
     * What a force-ship confirmation shows and sends: each previewed order, the ones that may go, and whether it
     * runs on the list's whole selection ({@code allMatching}) rather than on ids.
     *
     * @param more how many selected orders the preview does not list
     */
    public record ForceShipConfirmation(
            List<ForceShipCheck> checks, List<Long> allowedIds, boolean allMatching, int more) {}

    private ForceShipConfirmation confirmation(List<Long> ids, boolean allMatching) {
        List<ForceShipCheck> checks = actions.previewForceShip(ids).stream()
                .map(p -> ForceShipCheck.of(p, refusals))
                .toList();
        int distinct = new LinkedHashSet<>(ids).size();
        return new ForceShipConfirmation(
                checks,
                checks.stream()
                        .filter(ForceShipCheck::allowed)
                        .map(ForceShipCheck::orderId)
                        .toList(),
                allMatching,
                distinct - checks.size());
    }

    /**
     * A background action's progress bar, polled by the list: the bar while it runs, then the refreshed list with
     * what happened to each order (swapped in place of the whole workspace).
     */
    @GetMapping("/jobs/{id}")
    public String job(
            @PathVariable long id,
            @ModelAttribute OrderListParams params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            Principal user,
            Model model,
            HttpServletResponse response) {
        JobService.Report report = jobs.report(id)
                .filter(r -> r.job().actor().equals(user.getName()))
                .orElseThrow(() -> new NoSuchElementException("No job " + id));
        OrderTab tab = OrderTab.fromParameter(params.status());
        if (report.job().state() != JobState.DONE) {
            model.addAttribute("job", progress(report));
            model.addAttribute("tab", tab);
            model.addAttribute("block", params.block());
            model.addAttribute("page", page);
            model.addAttribute("size", size);
            return "orders/list :: job-progress";
        }
        OrderAction what = OrderAction.fromPath(report.job().parameters().text("action"));
        workspace(
                model,
                params,
                new Paging(null, null, page, size),
                outcome(what, new BatchActionResult(report.succeeded(), report.failed())),
                response);
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

    /** The orders the list shows: the tab, its block, and the filter bar's parameters. */
    private static OrderFilter matching(OrderListParams params) {
        return params.asListed(PageFormat.readerZone());
    }

    /** Why the input of an action was refused, in the reader's language. */
    private String said(ApiInputException refused) {
        return problems.getMessage(refused.key(), plain(refused.args()), LocaleContextHolder.getLocale());
    }

    /** The orders an action on the list runs on: every one its filter matches ({@code allMatching}), else the ticked. */
    private List<Long> selected(List<Long> orderIds, String allMatching, OrderListParams params) {
        return "true".equals(allMatching) ? actions.select(matching(params)) : orderIds;
    }

    /** Answers an action on the list with the refreshed list, on the page it was asked from, and what happened. */
    private String refreshedList(
            Model model,
            OrderListParams params,
            int page,
            int size,
            ActionOutcome outcome,
            HttpServletResponse response) {
        workspace(model, params, new Paging(null, null, page, size), outcome, response);
        return "orders/list :: workspace";
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
            @RequestHeader(name = "HX-Prompt", required = false) String prompted,
            @RequestParam(name = "reason", required = false) String reasonField,
            Principal user,
            Model model) {
        String reason = prompted != null ? prompted : reasonField;
        ActionOutcome outcome = apply(OrderAction.fromPath(action), List.of(id), reason, user);
        detailModel(model, id, outcome);
        return "orders/detail :: order";
    }

    /** The confirmation step of force-ship on the detail page: its consequences, and the reason to give. */
    @PostMapping("/{id}/force-ship/preview")
    public String previewForceShipOne(@PathVariable long id, Model model) {
        detailModel(model, id, null);
        model.addAttribute("forceShip", confirmation(List.of(id), false));
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

    /** The ship-to edited on the detail page; answers with the page's refreshed body and what happened. */
    @PostMapping("/{id}/ship-to")
    public String editShipTo(@PathVariable long id, ShipToInput input, Principal user, Model model) {
        return edited(id, () -> edits.editShipTo(id, input.toAddress(), user.getName()), model);
    }

    /** Line quantities edited on the detail page ({@code lineId} and {@code quantity} side by side). */
    @PostMapping("/{id}/quantities")
    public String editQuantities(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> lineId,
            @RequestParam(required = false) List<String> quantity,
            Principal user,
            Model model) {
        return edited(
                id,
                () -> {
                    Map<Long, Integer> quantities = new java.util.LinkedHashMap<>();
                    for (TypedLine line : TypedLine.of(lineId, quantity)) {
                        quantities.put(line.lineId(), parseQuantity(line.typed()));
                    }
                    edits.editQuantities(id, quantities, user.getName());
                },
                model);
    }

    /** A platform change of an edited field settled on the detail page: {@code keep} ours or {@code take-platform}. */
    @PostMapping("/{id}/local-edits/{field}/{choice:keep|take-platform}")
    public String resolveLocalEdit(
            @PathVariable long id,
            @PathVariable String field,
            @PathVariable String choice,
            Principal user,
            Model model) {
        OrderEditService.Resolution resolution = "keep".equals(choice)
                ? OrderEditService.Resolution.KEEP_LOCAL
                : OrderEditService.Resolution.TAKE_PLATFORM;
        return edited(id, () -> edits.resolve(id, field, resolution, user.getName()), model);
    }

    /**
     * Splits the order in two on the detail page: {@code first} says how many units of each line
     * ({@code lineId} beside it) go in the first package, the rest in the second.
     */
    @PostMapping("/{id}/split")
    public String split(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> lineId,
            @RequestParam(required = false) List<String> first,
            Principal user,
            Model model) {
        return edited(
                id,
                () -> {
                    Map<Long, Integer> ordered = new java.util.HashMap<>();
                    orders.lines(id).forEach(l -> ordered.put(l.id(), l.quantity()));
                    List<SplitService.Part> one = new java.util.ArrayList<>();
                    List<SplitService.Part> two = new java.util.ArrayList<>();
                    for (TypedLine line : TypedLine.of(lineId, first)) {
                        int total = ordered.getOrDefault(line.lineId(), 0);
                        String typed = line.typed();
                        int inFirst = typed == null || typed.isBlank() ? 0 : parseCount(typed, total);
                        if (inFirst > 0) {
                            one.add(new SplitService.Part(line.lineId(), inFirst));
                        }
                        if (total - inFirst > 0) {
                            two.add(new SplitService.Part(line.lineId(), total - inFirst));
                        }
                    }
                    splits.split(id, List.of(one, two), user.getName());
                },
                model);
    }

    /** One package line's customs data edited on the detail page; answers with the page's refreshed body. */
    @PostMapping("/{id}/customs/{lineId}")
    public String editCustoms(@PathVariable long id, @PathVariable long lineId, CustomsForm form, Model model) {
        String result = edit(id, () -> customs.editLine(id, form.toInput(lineId)));
        detailModel(model, id, null);
        model.addAttribute("customsResult", result);
        model.addAttribute("customsLineId", lineId);
        return "orders/detail :: order";
    }

    /**
     * The same customs fields for every package line of the checked orders, or of every order the list's filter
     * matches (up to {@link #MAX_BATCH}; a blank field is kept as each line has it); answers with the refreshed list and what happened to each order.
     */
    @PostMapping("/customs")
    public String setCustoms(
            @RequestParam(required = false) List<Long> orderIds,
            @ModelAttribute OrderListParams params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size,
            @RequestParam(name = "customsNameEn", required = false) String nameEn,
            @RequestParam(name = "customsNameCn", required = false) String nameCn,
            @RequestParam(name = "customsHsCode", required = false) String hsCode,
            @RequestParam(name = "customsValue", required = false) String value,
            @RequestParam(name = "customsCurrency", required = false) String currency,
            @RequestParam(name = "customsWeightGrams", required = false) String weightGrams,
            @RequestParam(required = false) String allMatching,
            HttpServletResponse response,
            Model model) {
        requireEveryId(orderIds);
        String key = "order.action.set-customs";
        ActionOutcome outcome;
        orderIds = selected(orderIds, allMatching, params);
        if (orderIds == null || orderIds.isEmpty()) {
            outcome = new ActionOutcome(key, List.of(), List.of(), text("order.notice.select-first"));
        } else if (orderIds.size() > MAX_BATCH) {
            outcome = new ActionOutcome(
                    key, List.of(), List.of(), text("order.notice.too-many", MAX_BATCH, orderIds.size()));
        } else {
            try {
                CustomsForm form = new CustomsForm(nameEn, nameCn, hsCode, value, currency, weightGrams);
                outcome = outcome(key, customs.setForOrders(orderIds, form.toInput(null)));
            } catch (ApiInputException refused) {
                outcome = new ActionOutcome(key, List.of(), List.of(), text(refused.key(), refused.args()));
            }
        }
        return refreshedList(model, params, page, size, outcome, response);
    }

    /** Customs fields as typed on a page: blank is absent, numbers are checked here. */
    public record CustomsForm(
            String nameEn, String nameCn, String hsCode, String value, String currency, String weightGrams) {

        CustomsApiController.CustomsRequest.CustomsLineInput toInput(Long lineId) {
            java.math.BigDecimal declared;
            try {
                declared = blank(value) == null ? null : new java.math.BigDecimal(value.strip());
            } catch (NumberFormatException notANumber) {
                throw new ApiInputException("value", "problems.customs.value", value);
            }
            Integer grams;
            try {
                grams = blank(weightGrams) == null ? null : Integer.valueOf(weightGrams.strip());
            } catch (NumberFormatException notANumber) {
                throw new ApiInputException("weightGrams", "problems.customs.weight", weightGrams);
            }
            return new CustomsApiController.CustomsRequest.CustomsLineInput(
                    lineId, blank(nameEn), blank(nameCn), blank(hsCode), declared, blank(currency), grams);
        }

        private static String blank(String typed) {
            return typed == null || typed.isBlank() ? null : typed.strip();
        }
    }

    /** Merges this order with the candidates ticked on the detail page ({@code orderIds}). */
    @PostMapping("/{id}/merge")
    public String merge(
            @PathVariable long id, @RequestParam(required = false) List<Long> orderIds, Principal user, Model model) {
        return edited(
                id,
                () -> {
                    List<Long> ids = new java.util.ArrayList<>();
                    ids.add(id);
                    if (orderIds != null) {
                        orderIds.stream().filter(o -> o != null && o != id).forEach(ids::add);
                    }
                    ids.forEach(queries::detail);
                    merges.merge(ids, user.getName());
                },
                model);
    }

    /** Undoes the merge that carries this order. */
    @PostMapping("/{id}/merge/undo")
    public String undoMerge(@PathVariable long id, Principal user, Model model) {
        return edited(id, () -> merges.undo(id, user.getName()), model);
    }

    /**
     * A line of a detail-page form that sends {@code lineId} and a typed value side by side as two lists: the value
     * is null where its list is shorter than the ids.
     */
    private record TypedLine(Long lineId, String typed) {

        static List<TypedLine> of(List<Long> lineIds, List<String> typed) {
            List<TypedLine> lines = new java.util.ArrayList<>();
            for (int i = 0; lineIds != null && i < lineIds.size(); i++) {
                lines.add(new TypedLine(lineIds.get(i), typed == null || i >= typed.size() ? null : typed.get(i)));
            }
            return lines;
        }
    }

    private static int parseCount(String typed, int max) {
        try {
            int n = Integer.parseInt(typed.strip());
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // said below, as any other count out of range
        }
        throw new ApiInputException("first", "problems.split.first", max, typed);
    }

    private static int parseQuantity(String typed) {
        try {
            int q = Integer.parseInt(typed == null ? "" : typed.strip());
            if (q >= 1 && q <= OrderEditApiController.MAX_QUANTITY) {
                return q;
            }
        } catch (NumberFormatException notANumber) {
            // said below, as any other quantity out of range
        }
        throw new ApiInputException(
                "quantity", "problems.quantities.range", OrderEditApiController.MAX_QUANTITY, typed);
    }

    /** Runs an edit made on the detail page; answers with the page's refreshed body and what happened. */
    private String edited(long id, Runnable change, Model model) {
        String result = edit(id, change);
        detailModel(model, id, null);
        model.addAttribute("editResult", result);
        return "orders/detail :: order";
    }

    /** Runs an edit of an order in scope and says, in the reader's language, that it was saved or why not. */
    private String edit(long id, Runnable change) {
        queries.detail(id);
        try {
            change.run();
            return text("order.edit.saved");
        } catch (ApiInputException refused) {
            return text(refused.key(), refused.args());
        } catch (OrderActionException refused) {
            return text("order.edit.refused", refusals.of(refused.refusal(), refused.getMessage()));
        } catch (RefusedArgumentException refused) {
            return text(
                    "order.edit.refused", refusals.of("problems.refusal.", refused.refusal(), refused.getMessage()));
        }
    }

    /**
     * Prints the selected orders' labels as one PDF, for a new browser tab, recording the print; when any
     * cannot print, a page that says why.
     */
    @PostMapping("/labels.pdf")
    public ResponseEntity<byte[]> labels(
            @RequestParam(required = false) List<Long> orderIds,
            @RequestParam(required = false) String allMatching,
            @ModelAttribute OrderListParams listed,
            @RequestParam(required = false) LabelSort sort,
            Principal user) {
        requireEveryId(orderIds);
        orderIds = actions.printSelectionOnPage(orderIds, "true".equals(allMatching), listed);
        if (orderIds.isEmpty()) {
            throw LabelException.noneSelected();
        }
        return Documents.inline(
                labels.mergedLabels(new LabelSelection(orderIds, sort, null, null), user.getName()), "labels.pdf");
    }

    /** A preview of the same PDF, which records nothing (a GET never changes state). */
    @GetMapping("/labels.pdf")
    public ResponseEntity<byte[]> labelsPreview(@RequestParam(required = false) List<Long> orderIds) {
        requireEveryId(orderIds);
        if (orderIds == null || orderIds.isEmpty()) {
            throw LabelException.noneSelected();
        }
        return Documents.inline(labels.previewLabels(orderIds), "labels.pdf");
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

    @ExceptionHandler(LabelException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    public String labelsRefused(LabelException e, Model model) {
        model.addAttribute("problems", refusals.of(e));
        return "orders/labels-refused";
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
            return ActionOutcome.notice(action, said(refused));
        } catch (IllegalArgumentException refused) {
            return ActionOutcome.notice(action, refused.getMessage());
        }
        return outcome(action, result);
    }

    /** What the action did, each order named by its platform id. */
    private ActionOutcome outcome(OrderAction action, BatchActionResult result) {
        return outcome(action.labelKey(), result);
    }

    private ActionOutcome outcome(String actionKey, BatchActionResult result) {
        List<Long> ids = new ArrayList<>(result.succeeded());
        result.failed().forEach(f -> ids.add(f.orderId()));
        Map<Long, Order> byId = ids.isEmpty()
                ? Map.of()
                : orders.findByIds(ids).stream()
                        .filter(o -> scope.includes(o.shopId()))
                        .collect(Collectors.toMap(Order::id, Function.identity()));
        return ActionOutcome.of(actionKey, result, byId, refusals::of);
    }

    /** Which page of the list: after or before a cursor, else by number from 0. */
    private record Paging(String after, String before, int page, int size) {
        String cursor(String token) {
            return token == null || token.isBlank() ? null : token.strip();
        }
    }

    /**
     * The list's model: the tab, and on the To-allocate tab its sub-tabs by allocation block ({@code block},
     * none for all the tab's orders) with their counts; the reader's filter, which the tab counts follow, kept in
     * every link and in the action form (hidden fields, and as JSON in {@code data-filter} for an action on every
     * matching order).
     */
    private void workspace(
            Model model, OrderListParams asked, Paging paging, ActionOutcome outcome, HttpServletResponse response) {
        OrderTab tab = OrderTab.fromParameter(asked.status());
        OrderListParams params = asked;
        try {
            asked.inTab(null, asked.block()).toFilter(PageFormat.readerZone());
            asked.toSort();
        } catch (ApiInputException bad) {
            // the list unfiltered, and above it what to fix, in the reader's words (answered as 400)
            model.addAttribute("filterProblem", text(bad.key(), bad.args()));
            model.addAttribute("filterProblemField", bad.field());
            params = OrderListParams.NONE.inTab(asked.status(), null);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        int pageSize = PAGE_SIZES.contains(paging.size()) ? paging.size() : DEFAULT_PAGE_SIZE;
        AllocationBlock block = tab == OrderTab.PENDING_ALLOCATION
                ? params.inTab(null, params.block())
                        .toFilter(PageFormat.readerZone())
                        .block()
                : null;
        OrderListParams outsideTab = params.inTab(null, null);
        OrderFilter filter = outsideTab.toFilter(PageFormat.readerZone());
        OrderSort sort = outsideTab.toSort();
        String after = paging.cursor(paging.after());
        String before = after == null ? paging.cursor(paging.before()) : null;
        Map<OrderStatus, OrderList.Count> counts = queries.counts(filter);
        Map<AllocationBlock, Long> blockCounts = tab == OrderTab.PENDING_ALLOCATION ? queries.blockCounts() : Map.of();
        int current = Math.max(paging.page(), 0);
        OrderQueries.Page found;
        try {
            found = queries.list(filter.inStatus(tab.status()).blocked(block), sort, after, before, current, pageSize);
        } catch (IllegalArgumentException staleCursor) {
            // a link of another sort, or one edited by hand: the first page rather than an error
            current = 0;
            found = queries.list(filter.inStatus(tab.status()).blocked(block), sort, null, null, 0, pageSize);
        }
        if (found.items().isEmpty() && current > 0 && after == null && before == null) {
            // a page number past the end (orders left the tab): the first page
            current = 0;
            found = queries.list(filter.inStatus(tab.status()).blocked(block), sort, null, null, 0, pageSize);
        }
        OrderListParams tabParams = params.inTab(tab.key(), block == null ? null : block.name());
        model.addAttribute("tabs", OrderTab.values());
        model.addAttribute("tab", tab);
        model.addAttribute("block", block);
        model.addAttribute("blocks", AllocationBlock.values());
        model.addAttribute("trackingStatuses", TrackingStatus.values());
        model.addAttribute("blockCounts", blockCounts);
        model.addAttribute("counts", counts);
        model.addAttribute("orders", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("totalCapped", found.totalCapped());
        model.addAttribute("next", found.next());
        model.addAttribute("previous", found.previous());
        model.addAttribute("page", current);
        model.addAttribute("size", pageSize);
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("shopNames", shopNames());
        model.addAttribute("outcome", outcome);
        model.addAttribute("params", outsideTab);
        model.addAttribute("sorts", OrderSort.values());
        model.addAttribute("links", new OrderListLinks(outsideTab, pageSize));
        model.addAttribute("keptFilter", outsideTab.given());
        model.addAttribute("filterJson", json.writeValueAsString(tabParams.given()));
        List<Shop> visible =
                shops.all().stream().filter(s -> scope.includes(s.id())).toList();
        model.addAttribute("shops", visible);
        model.addAttribute(
                "platforms",
                visible.stream().map(Shop::platform).distinct().sorted().toList());
        model.addAttribute("methods", carriers.methods());
        model.addAttribute("markActions", OrderAction.MARKS);
        Set<Long> enabled = Set.copyOf(methods.enabledIds());
        model.addAttribute(
                "enabledMethods",
                carriers.methods().stream()
                        .filter(m -> enabled.contains(m.id()))
                        .toList());
    }

    private void detailModel(Model model, long id, ActionOutcome outcome) {
        OrderDetail detail = queries.detail(id);
        OrderTab tab = OrderTab.valueOf(detail.order().status().name());
        model.addAttribute("detail", detail);
        Order stored = orders.findById(id);
        model.addAttribute("sellerNote", stored.sellerNote());
        // force-ship is offered where the platform still flags an open refund request nobody shipped past yet
        model.addAttribute(
                "refundFlagged",
                stored.platformState() == PlatformState.REFUND_REQUESTED
                        && !stored.status().isFinal()
                        && stored.status() != OrderStatus.ON_HOLD
                        && !refundOverrides.exists(id));
        model.addAttribute("tab", tab);
        model.addAttribute(
                "shopName",
                shopNames()
                        .getOrDefault(
                                detail.order().shopId(), "#" + detail.order().shopId()));
        model.addAttribute("outcome", outcome);
        model.addAttribute(
                "mergeCandidates",
                merges.candidates(id).stream()
                        .filter(o -> scope.includes(o.shopId()))
                        .toList());
        model.addAttribute("merged", merges.merged(id));
        model.addAttribute("customsRows", customs.rows(id));
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

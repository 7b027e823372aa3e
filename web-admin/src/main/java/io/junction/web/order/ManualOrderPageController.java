package io.junction.web.order;

import io.junction.manual.ManualChannel;
import io.junction.order.Order;
import io.junction.order.RefusedArgumentException;
import io.junction.shop.Shop;
import io.junction.shop.ShopScope;
import io.junction.shop.ShopService;
import io.junction.web.api.ApiInputException;
import io.junction.web.api.ApiProblems;
import io.junction.web.page.NotFoundPage;
import io.junction.web.sku.CatalogueAnswers;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages that enter orders by hand (线下订单) into a manual shop: one order in a form, or a sheet of them. Bad
 * input is shown beside the form (400) and nothing is created.
 */
@Controller
@NotFoundPage
public class ManualOrderPageController {

    /** The line rows the form offers; blank ones are left out. */
    static final int FORM_LINES = 5;

    private final ManualOrderEntry sheets;
    private final ShopService shops;
    private final ShopScope scope;
    private final RefusalText refusals;
    private final ApiProblems problems;
    private final MessageSource messages;

    ManualOrderPageController(
            ManualOrderEntry sheets,
            ShopService shops,
            ShopScope scope,
            RefusalText refusals,
            ApiProblems problems,
            MessageSource messages) {
        this.sheets = sheets;
        this.shops = shops;
        this.scope = scope;
        this.refusals = refusals;
        this.problems = problems;
        this.messages = messages;
    }

    /**
     * The form as typed: the order's fields, the ship-to ({@code shipTo.name} …), and its lines side by side
     * ({@code sku[i]}, {@code quantity[i]} …).
     * Numbers stay text until checked, so that what was typed is shown again when refused.
     */
    public record OrderForm(
            Long shopId,
            String orderNumber,
            String buyerName,
            ShipToInput shipTo,
            String currency,
            String shipBy,
            String buyerNote,
            List<String> sku,
            List<String> title,
            List<String> quantity,
            List<String> unitPrice) {

        static final OrderForm EMPTY = new OrderForm(null, null, null, null, "USD", null, null, null, null, null, null);

        /** The i-th typed line's field, blank when not typed. */
        public String at(List<String> column, int i) {
            return column == null || i >= column.size() || column.get(i) == null ? "" : column.get(i);
        }

        /** As many line rows as typed, and at least {@link #FORM_LINES}. */
        public int lineRows() {
            return Math.max(FORM_LINES, sku == null ? 0 : sku.size());
        }

        ManualOrderApiController.NewOrderRequest toRequest() {
            List<ManualOrderApiController.NewOrderRequest.LineInput> lines = new ArrayList<>();
            for (int i = 0; i < lineRows(); i++) {
                if (at(sku, i).isBlank()
                        && at(title, i).isBlank()
                        && at(quantity, i).isBlank()) {
                    continue;
                }
                String at = "lines[" + lines.size() + "]";
                lines.add(new ManualOrderApiController.NewOrderRequest.LineInput(
                        at(sku, i),
                        at(title, i).isBlank() ? null : at(title, i).strip(),
                        quantity(at(quantity, i), at + ".quantity"),
                        price(at(unitPrice, i), at + ".unitPrice")));
            }
            return new ManualOrderApiController.NewOrderRequest(
                    shopId,
                    orderNumber,
                    buyerName,
                    shipTo,
                    currency,
                    shipByInstant(),
                    buyerNote == null || buyerNote.isBlank() ? null : buyerNote.strip(),
                    lines);
        }

        private java.time.Instant shipByInstant() {
            if (shipBy == null || shipBy.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(shipBy.strip())
                        .atStartOfDay(io.junction.web.page.PageFormat.readerZone())
                        .toInstant();
            } catch (DateTimeParseException notADate) {
                throw new ApiInputException("shipBy", "problems.manual.shipBy", shipBy);
            }
        }

        private static Integer quantity(String typed, String field) {
            try {
                return typed.isBlank() ? null : Integer.valueOf(typed.strip());
            } catch (NumberFormatException notANumber) {
                throw new ApiInputException(
                        field, "problems.quantities.range", OrderEditApiController.MAX_QUANTITY, typed);
            }
        }

        private static BigDecimal price(String typed, String field) {
            try {
                return typed.isBlank() ? null : new BigDecimal(typed.strip());
            } catch (NumberFormatException notANumber) {
                throw new ApiInputException(field, "problems.manual.price", typed);
            }
        }
    }

    /** A refused field of the form, in the reader's words. */
    public record Problem(String field, String reason) {}

    @GetMapping("/orders/new")
    public String newOrder(Model model) {
        return form(model, OrderForm.EMPTY, null);
    }

    @PostMapping("/orders/new")
    public String create(@ModelAttribute OrderForm form, Principal user, Model model, HttpServletResponse response) {
        Problem problem;
        try {
            Order created = sheets.createOne(form.toRequest(), user.getName());
            return "redirect:/orders/" + created.id();
        } catch (ApiInputException bad) {
            problem = new Problem(bad.field(), problems.reason(labelled(bad)));
        } catch (RefusedArgumentException refused) {
            problem = new Problem(
                    "orderNumber", refusals.of("problems.refusal.", refused.refusal(), refused.getMessage()));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, form, problem);
    }

    /** The refusal with a field it names read as the form's label ("Country", not "countryCode"). */
    private ApiInputException labelled(ApiInputException bad) {
        Object[] args = bad.args();
        if (args.length > 0 && bad.field().equals(args[0])) {
            String key = bad.field().matches("orderNumber|buyerName|currency|shipBy|buyerNote")
                    ? "manualorder.field." + bad.field()
                    : "edit.field." + bad.field();
            args[0] = messages.getMessage(key, null, bad.field(), LocaleContextHolder.getLocale());
        }
        return new ApiInputException(bad.field(), bad.key(), args);
    }

    private String form(Model model, OrderForm form, Problem problem) {
        model.addAttribute("form", form);
        model.addAttribute("manualShops", manualShops());
        model.addAttribute("problems", problem == null ? null : List.of(problem));
        return "orders/manual-new";
    }

    @GetMapping("/orders/import")
    public String importPage(Model model) {
        model.addAttribute("manualShops", manualShops());
        return "orders/manual-import";
    }

    @PostMapping("/orders/import")
    public String importSheet(
            @RequestParam(required = false) Long shopId,
            @RequestPart(name = "file", required = false) MultipartFile file,
            Principal user,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("manualShops", manualShops());
        model.addAttribute("shopId", shopId);
        try {
            model.addAttribute("created", sheets.importSheet(shopId, file, user.getName()));
        } catch (ManualOrderEntry.RefusedException refused) {
            model.addAttribute("rowErrors", refused.errors());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ApiInputException bad) {
            model.addAttribute(
                    "rowErrors",
                    List.of(new CatalogueAnswers.RowError(0, bad.field(), problems.reason(bad), bad.key())));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "orders/manual-import";
    }

    /** The manual shops the person may enter orders into. */
    private List<Shop> manualShops() {
        return shops.all().stream()
                .filter(s -> ManualChannel.PLATFORM.equals(s.platform()) && scope.includes(s.id()))
                .toList();
    }
}

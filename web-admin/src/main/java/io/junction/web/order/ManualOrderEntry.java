package io.junction.web.order;

import io.junction.manual.ManualOrder;
import io.junction.manual.ManualOrderService;
import io.junction.order.Order;
import io.junction.order.OrderMapper;
import io.junction.order.Refusal;
import io.junction.order.RefusedArgumentException;
import io.junction.shop.ShopScope;
import io.junction.web.api.ApiInputException;
import io.junction.web.api.ApiProblems;
import io.junction.web.page.PageFormat;
import io.junction.web.sku.CatalogueAnswers;
import io.junction.web.sku.CatalogueAnswers.RowError;
import io.junction.web.sku.XlsxTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.DateUtil;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Orders entered by hand into a manual shop, for the API and the pages alike: one at a time, or from an .xlsx sheet,
 * all or nothing: one row per order line, the rows of one order number
 * making one order (its buyer, address, currency and notes read from its first row), a row without a number an order
 * of its own. Every row is checked before anything is created; any bad row refuses the whole sheet with each row's
 * reason, in the reader's language.
 */
@Component
public class ManualOrderEntry {

    static final List<String> COLUMNS = List.of(
            "orderNumber",
            "buyerName",
            "name",
            "company",
            "line1",
            "line2",
            "city",
            "state",
            "postalCode",
            "countryCode",
            "phone",
            "currency",
            "shipBy",
            "buyerNote",
            "sku",
            "title",
            "quantity",
            "unitPrice");

    private static final XlsxTable TABLE = new XlsxTable(COLUMNS);

    private final ManualOrderService manual;
    private final OrderMapper orders;
    private final ShopScope scope;
    private final CatalogueAnswers sheetText;
    private final RefusalText refusals;
    private final ApiProblems problems;

    ManualOrderEntry(
            ManualOrderService manual,
            OrderMapper orders,
            ShopScope scope,
            CatalogueAnswers sheetText,
            RefusalText refusals,
            ApiProblems problems) {
        this.manual = manual;
        this.orders = orders;
        this.scope = scope;
        this.sheetText = sheetText;
        this.refusals = refusals;
        this.problems = problems;
    }

    /** A sheet refused, row by row (row 1 is the header, 0 the sheet as a whole); nothing was created. */
    public static final class RefusedException extends RuntimeException {
        private final transient List<RowError> errors;

        RefusedException(List<RowError> errors) {
            super(errors.size() + " rows of the sheet are refused");
            this.errors = List.copyOf(errors);
        }

        public List<RowError> errors() {
            return errors;
        }
    }

    /**
     * Creates one order as typed.
     *
     * @throws ApiInputException naming the first field at fault
     * @throws NoSuchElementException when the shop is outside the person's scope
     * @throws RefusedArgumentException when the shop is not a manual one or the number is taken
     */
    Order createOne(ManualOrderApiController.NewOrderRequest request, String actor) {
        if (request.shopId() == null) {
            throw new ApiInputException("shopId", "problems.manual.shop");
        }
        ManualOrder draft = request.toDraft();
        if (!scope.includes(request.shopId())) {
            throw new NoSuchElementException("No shop " + request.shopId());
        }
        return manual.create(request.shopId(), List.of(draft), actor).get(0);
    }

    /** The sheet to fill in: the header row only. */
    static byte[] template() {
        return TABLE.write("Orders", List.of());
    }

    /**
     * Creates the sheet's orders in the manual shop, all or none.
     *
     * @throws ApiInputException when no shop is named or the upload is not an .xlsx workbook
     * @throws NoSuchElementException when the shop is outside the person's scope
     * @throws RefusedException listing every bad row
     */
    List<Order> importSheet(Long shopId, MultipartFile file, String actor) {
        if (shopId == null) {
            throw new ApiInputException("shopId", "problems.manual.shop");
        }
        if (!scope.includes(shopId)) {
            throw new NoSuchElementException("No shop " + shopId);
        }
        XlsxTable.Read read = TABLE.read(file);
        List<RowError> errors = new ArrayList<>();
        Map<String, List<Integer>> rowsOfOrder = new LinkedHashMap<>();
        Map<Integer, ManualOrderApiController.NewOrderRequest.LineInput> lines = new LinkedHashMap<>();
        read.rows().forEach((row, r) -> {
            String number = r.text("orderNumber");
            rowsOfOrder
                    .computeIfAbsent(number == null ? "\0" + row : number, n -> new ArrayList<>())
                    .add(row);
            lines.put(
                    row,
                    new ManualOrderApiController.NewOrderRequest.LineInput(
                            r.text("sku"), r.text("title"), r.integer("quantity"), r.decimal("unitPrice")));
        });
        read.problems()
                .forEach(p -> errors.add(new RowError(
                        p.row(),
                        p.problem().field(),
                        sheetText.reason(p.problem()),
                        p.problem().code())));
        if (read.problems().stream().anyMatch(p -> p.row() == 1)) {
            throw new RefusedException(errors);
        }
        if (read.rows().isEmpty()) {
            errors.add(new RowError(
                    0, "file", problems.reason(new ApiInputException("file", "manualorder.import.empty")), "empty"));
        }
        java.util.Set<Integer> unreadable =
                read.problems().stream().map(p -> p.row()).collect(java.util.stream.Collectors.toSet());
        List<ManualOrder> drafts = new ArrayList<>();
        Map<String, Integer> firstRowOf = new LinkedHashMap<>();
        for (List<Integer> rows : rowsOfOrder.values()) {
            if (rows.stream().anyMatch(unreadable::contains)) {
                continue;
            }
            XlsxTable.Record first = read.rows().get(rows.get(0));
            try {
                ManualOrderApiController.NewOrderRequest request = new ManualOrderApiController.NewOrderRequest(
                        shopId,
                        first.text("orderNumber"),
                        first.text("buyerName"),
                        new ShipToInput(
                                first.text("name"),
                                first.text("company"),
                                first.text("line1"),
                                first.text("line2"),
                                first.text("city"),
                                first.text("state"),
                                first.text("postalCode"),
                                first.text("countryCode"),
                                first.text("phone")),
                        first.text("currency"),
                        shipBy(first.text("shipBy")),
                        first.text("buyerNote"),
                        rows.stream().map(lines::get).toList());
                ManualOrder draft = request.toDraft();
                if (draft.orderNumber() != null && orders.findByPlatformId(shopId, draft.orderNumber()) != null) {
                    throw new ApiInputException("orderNumber", "problems.manual.numberTaken", draft.orderNumber());
                }
                drafts.add(draft);
                if (draft.orderNumber() != null) {
                    firstRowOf.put(draft.orderNumber(), rows.get(0));
                }
            } catch (ApiInputException bad) {
                errors.add(rowError(rows, bad));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(RowError::row));
            throw new RefusedException(errors);
        }
        try {
            return manual.create(shopId, drafts, actor);
        } catch (RefusedArgumentException refused) {
            // the shop is not a manual one, or another clerk took a number since it was checked
            Refusal why = refused.refusal();
            Object number =
                    why == null || why.args().isEmpty() ? null : why.args().get(0);
            throw new RefusedException(List.of(new RowError(
                    firstRowOf.getOrDefault(String.valueOf(number), 0),
                    Refusal.MANUAL_NUMBER_TAKEN.equals(why == null ? null : why.code()) ? "orderNumber" : "shopId",
                    refusals.of("problems.refusal.", why, refused.getMessage()),
                    why == null ? "refused" : why.code())));
        }
    }

    /** The row and column of a refused field: a line's field ({@code lines[2].sku}) is on that line's row. */
    private RowError rowError(List<Integer> rows, ApiInputException bad) {
        java.util.regex.Matcher line =
                java.util.regex.Pattern.compile("lines\\[(\\d+)]\\.(\\w+)").matcher(bad.field());
        int row = line.matches() ? rows.get(Integer.parseInt(line.group(1))) : rows.get(0);
        String column = line.matches() ? line.group(2) : bad.field();
        return new RowError(row, column, problems.reason(bad), bad.key());
    }

    /** A date ({@code 2026-12-31}, the start of that day where the reader is), an instant, or an Excel date cell. */
    private static Instant shipBy(String cell) {
        if (cell == null) {
            return null;
        }
        try {
            if (cell.matches("\\d+(\\.\\d+)?")) {
                return DateUtil.getJavaDate(Double.parseDouble(cell), TimeZone.getTimeZone(PageFormat.readerZone()))
                        .toInstant();
            }
            return cell.length() == 10
                    ? LocalDate.parse(cell)
                            .atStartOfDay(PageFormat.readerZone())
                            .toInstant()
                    : Instant.parse(cell);
        } catch (DateTimeParseException notADate) {
            throw new ApiInputException("shipBy", "problems.manual.shipBy", cell);
        }
    }
}

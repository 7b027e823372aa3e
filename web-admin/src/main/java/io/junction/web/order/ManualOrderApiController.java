package io.junction.web.order;

import io.junction.manual.ManualOrder;
import io.junction.order.Order;
import io.junction.web.api.ApiInputException;
import io.junction.web.api.ApiProblems;
import io.junction.web.openapi.ApiRefusal;
import io.junction.web.sku.XlsxTable;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Orders entered by hand (线下订单) into a manual shop over JSON; they wait for review like any order. */
@RestController
public class ManualOrderApiController {

    private final OrderQueries queries;
    private final ManualOrderEntry sheets;
    private final ApiProblems problems;

    public ManualOrderApiController(OrderQueries queries, ManualOrderEntry sheets, ApiProblems problems) {
        this.queries = queries;
        this.sheets = sheets;
        this.problems = problems;
    }

    /** An order as a person enters it. */
    public record NewOrderRequest(
            Long shopId,
            String orderNumber,
            String buyerName,
            ShipToInput shipTo,
            String currency,
            Instant shipBy,
            String buyerNote,
            List<LineInput> lines) {

        /** One line of it. */
        public record LineInput(String sku, String title, Integer quantity, BigDecimal unitPrice) {}

        ManualOrder toDraft() {
            if (shipTo == null) {
                throw new ApiInputException("shipTo", "problems.shipTo.required", "shipTo");
            }
            var address = shipTo.toAddress();
            String money = currency == null || currency.isBlank() ? null : currency.strip();
            if (money == null || !money.matches("[A-Za-z]{3}")) {
                throw new ApiInputException("currency", "problems.manual.currency", String.valueOf(currency));
            }
            if (lines == null || lines.isEmpty()) {
                throw new ApiInputException("lines", "problems.quantities.none");
            }
            List<ManualOrder.Line> drafted = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                LineInput l = lines.get(i);
                String at = "lines[" + i + "]";
                if (l == null
                        || l.sku() == null
                        || l.sku().isBlank()
                        || l.sku().strip().length() > 128) {
                    throw new ApiInputException(at + ".sku", "problems.manual.sku");
                }
                if (l.quantity() == null || l.quantity() < 1 || l.quantity() > OrderEditApiController.MAX_QUANTITY) {
                    throw new ApiInputException(
                            at + ".quantity",
                            "problems.quantities.range",
                            OrderEditApiController.MAX_QUANTITY,
                            l.quantity());
                }
                if (l.unitPrice() != null && l.unitPrice().signum() < 0) {
                    throw new ApiInputException(at + ".unitPrice", "problems.manual.price", l.unitPrice());
                }
                drafted.add(new ManualOrder.Line(l.sku().strip(), l.title(), l.quantity(), l.unitPrice()));
            }
            String number = orderNumber == null || orderNumber.isBlank() ? null : orderNumber.strip();
            if (number != null && number.length() > 64) {
                throw new ApiInputException("orderNumber", "problems.shipTo.tooLong", "orderNumber", 64);
            }
            String buyer = buyerName == null || buyerName.isBlank() ? address.name() : buyerName.strip();
            return new ManualOrder(number, buyer, address, money.toUpperCase(Locale.ROOT), shipBy, buyerNote, drafted);
        }
    }

    @Operation(
            summary = "Enter an order by hand (phone, offline, own website) into a manual shop",
            description = "The order waits for review like any other and flows through allocation, parcels,"
                    + " labels and the station; a manual shop has no marketplace to sync or confirm to.")
    @ApiRefusal(status = 400, description = "The shop is not a manual one, or the order number is taken.")
    @PostMapping("/api/v1/orders")
    public ResponseEntity<OrderDetail> create(@RequestBody NewOrderRequest request, Principal user) {
        Order created = sheets.createOne(request, user.getName());
        return ResponseEntity.created(URI.create("/api/v1/orders/" + created.id()))
                .body(queries.detail(created.id()));
    }

    /** What an import created: its orders' ids and numbers, in the sheet's order. */
    public record Imported(int created, List<Long> orderIds, List<String> orderNumbers) {

        static Imported of(List<Order> orders) {
            return new Imported(
                    orders.size(),
                    orders.stream().map(Order::id).toList(),
                    orders.stream().map(Order::platformOrderId).toList());
        }
    }

    @Operation(
            summary = "Enter orders by hand from an .xlsx sheet into a manual shop, all or nothing",
            description = "One row per order line (columns as the template's); the rows of one orderNumber make one"
                    + " order, its buyer and address read from its first row. Any bad row answers 400 with errors"
                    + " [{row, column, reason, code}] and nothing is created.")
    @ApiRefusal(status = 400, description = "Refused with `errors` [{row, column, reason, code}]; nothing created.")
    @PostMapping(path = "/api/v1/orders/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Imported> importSheet(
            @RequestParam(required = false) Long shopId,
            @RequestPart(name = "file", required = false) MultipartFile file,
            Principal user) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Imported.of(sheets.importSheet(shopId, file, user.getName())));
    }

    @Operation(summary = "An empty sheet with the order import's columns")
    @GetMapping("/api/v1/orders/import/template.xlsx")
    public ResponseEntity<byte[]> template() {
        return XlsxTable.download(ManualOrderEntry.template(), "manual-orders.xlsx");
    }

    @ExceptionHandler(ManualOrderEntry.RefusedException.class)
    ProblemDetail sheetRefused(ManualOrderEntry.RefusedException e) {
        ProblemDetail problem = problems.titled(
                HttpStatus.BAD_REQUEST,
                "manualorder.import.refused.title",
                problems.text("manualorder.import.refused", e.errors().size()));
        problem.setProperty("errors", e.errors());
        return problem;
    }
}

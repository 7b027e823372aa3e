package io.junction.web.stock;

import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import io.junction.stock.StockLevel;
import io.junction.stock.StockMapper;
import io.junction.stock.StockMovement;
import io.junction.stock.StockRefusedException;
import io.junction.stock.StockService;
import io.junction.web.api.ApiInputException;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stock over JSON: receipts, adjustments, the ledger's movements and every SKU's stock. */
@RestController
@RequestMapping("/api/v1/stock")
public class StockApiController {

    /** At most this many movements in one answer. */
    static final int MAX_MOVEMENTS = 10_000;

    private final StockService stock;
    private final StockMapper ledger;
    private final SkuMapper skus;
    private final StockProblems problems;

    public StockApiController(StockService stock, StockMapper ledger, SkuMapper skus, StockProblems problems) {
        this.stock = stock;
        this.ledger = ledger;
        this.skus = skus;
        this.problems = problems;
    }

    /** A receipt: its reference (unique), and each line's SKU by code or barcode, quantity and bin. */
    public record ReceiptRequest(String reference, List<StockService.ReceiptLine> lines) {}

    /** A correction of on hand by {@code delta}, saying why. */
    public record AdjustmentRequest(String skuCode, Integer delta, String reason) {}

    /** A SKU's stock after an adjustment. */
    public record SkuStock(String skuCode, int onHand, int reserved, int available) {
        static SkuStock of(WarehouseSku sku) {
            return new SkuStock(sku.sku(), sku.onHand(), sku.reserved(), sku.available());
        }
    }

    /** One movement of the ledger. */
    public record Movement(
            String skuCode, String kind, int quantity, String reference, String actor, String reason, Instant at) {}

    /** The ledger's movements, oldest first. */
    public record Movements(List<Movement> items) {}

    /** Every SKU's stock, the least available first. */
    public record Levels(List<StockLevel> items) {}

    @Operation(
            summary = "Book a goods receipt (入库上架): every line checked first, then its units put on hand and"
                    + " its bin recorded; orders waiting for the stock are allocated by themselves afterwards")
    @PostMapping("/receipts")
    @ResponseStatus(HttpStatus.CREATED)
    public StockService.Receipt receive(@RequestBody ReceiptRequest request, Principal user) {
        return stock.receive(request.reference(), request.lines(), user.getName());
    }

    @Operation(summary = "Correct a SKU's on hand by a signed delta, with a reason; never below what is reserved")
    @PostMapping("/adjustments")
    public SkuStock adjust(@RequestBody AdjustmentRequest request, Principal user) {
        return SkuStock.of(stock.adjust(request.skuCode(), request.delta(), request.reason(), user.getName()));
    }

    @Operation(
            summary = "The stock ledger: every change of on hand or reserved, oldest first, for one SKU or all,"
                    + " from (inclusive) and to (exclusive) ISO-8601 times")
    @GetMapping("/movements")
    public Movements movements(
            @RequestParam(required = false) String skuCode,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to) {
        Long skuId = null;
        if (skuCode != null) {
            WarehouseSku sku = skus.findBySkuExactly(skuCode);
            if (sku == null) {
                throw new ApiInputException("skuCode", "problems.stock.unknownSku", skuCode);
            }
            skuId = sku.id();
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ApiInputException("from", "problems.stock.fromAfterTo", from, to);
        }
        List<Movement> items = ledger.movements(skuId, from, to, MAX_MOVEMENTS).stream()
                .map(StockApiController::of)
                .toList();
        return new Movements(items);
    }

    @Operation(
            summary = "Every SKU's stock: on hand, reserved, available and bin, those at or below their"
                    + " low-stock line first")
    @GetMapping
    public Levels levels() {
        return new Levels(ledger.levels());
    }

    private static Movement of(StockMovement m) {
        return new Movement(
                m.skuCode(), m.kind().name(), m.quantity(), m.reference(), m.actor(), m.reason(), m.occurredAt());
    }

    @ExceptionHandler(StockRefusedException.class)
    ProblemDetail refused(StockRefusedException e) {
        return problems.of(e);
    }
}

package io.junction.stock;

import io.junction.order.Refusal;
import io.junction.persistence.GeneratedId;
import io.junction.sku.SkuMapper;
import io.junction.sku.WarehouseSku;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receiving (入库上架) and adjustments: a person's changes of stock, each checked whole before any unit
 * moves, each unit through the {@link StockLedger}. Orders waiting for the stock that arrives move on after
 * the commit ({@link StockArrived}).
 */
@Service
public class StockService {

    /** {@code wms_receipt.reference} holds this many characters. */
    public static final int MAX_REFERENCE = 64;
    /** {@code wms_sku.location} holds this many characters. */
    public static final int MAX_LOCATION = 32;

    private final StockLedger ledger;
    private final StockMapper stock;
    private final SkuMapper skus;
    private final Clock clock;

    public StockService(StockLedger ledger, StockMapper stock, SkuMapper skus, Clock clock) {
        this.ledger = ledger;
        this.stock = stock;
        this.skus = skus;
        this.clock = clock;
    }

    /**
     * One line of a receipt: the SKU by its code or by a barcode (a scanner reads the barcode), how many
     * arrived, and the bin they are shelved in (none keeps the SKU's location).
     */
    public record ReceiptLine(String skuCode, String barcode, Integer quantity, String location) {}

    /** A booked receipt: its id and what each line put on hand. */
    public record Receipt(long id, String reference, List<Received> lines) {
        /** What one line put on hand. */
        public record Received(String skuCode, int quantity, String location) {}
    }

    /**
     * Books a receipt: every line is checked first (a reference not used before, each SKU or barcode known,
     * each quantity at least one), then every unit goes on hand and each bin is recorded, in one transaction.
     *
     * @throws StockRefusedException with every reason, when anything is wrong; nothing is booked then
     */
    @Transactional
    public Receipt receive(String reference, List<ReceiptLine> lines, String actor) {
        String ref = reference == null ? "" : reference.strip();
        List<StockRefusedException.Problem> problems = new ArrayList<>();
        if (ref.isEmpty() || ref.length() > MAX_REFERENCE) {
            problems.add(new StockRefusedException.Problem(
                    0,
                    "reference",
                    "a receipt needs a reference of 1 to " + MAX_REFERENCE + " characters",
                    Refusal.of(StockRefusedException.REFERENCE_REQUIRED, MAX_REFERENCE)));
        }
        if (lines == null || lines.isEmpty()) {
            problems.add(new StockRefusedException.Problem(
                    0, "lines", "a receipt needs at least one line", Refusal.of(StockRefusedException.NO_LINES)));
        }
        List<WarehouseSku> found = new ArrayList<>();
        for (int i = 0; lines != null && i < lines.size(); i++) {
            found.add(check(i + 1, lines.get(i), problems));
        }
        if (!problems.isEmpty()) {
            throw new StockRefusedException(problems, false);
        }
        GeneratedId id = new GeneratedId();
        if (stock.countReceipts(ref) > 0) {
            throw duplicate(ref);
        }
        try {
            stock.insertReceipt(id, ref, actor, clock.instant());
        } catch (DuplicateKeyException raced) {
            throw duplicate(ref);
        }
        StockReference booked = StockReference.receipt(ref);
        List<Receipt.Received> received = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ReceiptLine line = lines.get(i);
            WarehouseSku sku = found.get(i);
            ledger.receive(sku.id(), line.quantity(), booked, actor);
            String location = blankToNull(line.location());
            if (location != null) {
                stock.putAway(sku.id(), location);
            }
            received.add(
                    new Receipt.Received(sku.sku(), line.quantity(), location == null ? sku.location() : location));
        }
        return new Receipt(id.get(), ref, received);
    }

    /**
     * Corrects a SKU's on hand by {@code delta}, saying why.
     *
     * @throws StockRefusedException when the SKU is unknown, the delta zero or the reason missing (bad input),
     *     or when on hand would fall below what allocated orders hold (a conflict); nothing changes then
     */
    @Transactional
    public WarehouseSku adjust(String skuCode, Integer delta, String reason, String actor) {
        List<StockRefusedException.Problem> problems = new ArrayList<>();
        WarehouseSku sku = skus.findBySkuExactly(skuCode == null ? null : skuCode.strip());
        if (sku == null) {
            problems.add(new StockRefusedException.Problem(
                    0,
                    "skuCode",
                    "no SKU " + skuCode,
                    Refusal.of(StockRefusedException.UNKNOWN_SKU, 0, String.valueOf(skuCode))));
        }
        if (delta == null || delta == 0) {
            problems.add(new StockRefusedException.Problem(
                    0,
                    "delta",
                    "an adjustment changes on hand by a non-zero delta",
                    Refusal.of(StockRefusedException.DELTA_ZERO)));
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > StockLedger.MAX_REASON) {
            problems.add(new StockRefusedException.Problem(
                    0,
                    "reason",
                    "an adjustment says why, in at most " + StockLedger.MAX_REASON + " characters",
                    Refusal.of(StockRefusedException.REASON_REQUIRED, StockLedger.MAX_REASON)));
        }
        if (!problems.isEmpty()) {
            throw new StockRefusedException(problems, false);
        }
        if (!ledger.adjust(sku.id(), delta, actor, reason)) {
            WarehouseSku now = skus.findById(sku.id());
            throw StockRefusedException.conflict(
                    "delta",
                    "on hand of " + sku.sku() + " (" + now.onHand()
                            + ") changed by " + delta + " would fall below the " + now.reserved()
                            + " reserved for allocated orders",
                    StockRefusedException.BELOW_RESERVED,
                    sku.sku(),
                    now.onHand(),
                    delta,
                    now.reserved());
        }
        return skus.findById(sku.id());
    }

    private WarehouseSku check(int number, ReceiptLine line, List<StockRefusedException.Problem> problems) {
        String prefix = "lines[" + (number - 1) + "].";
        if (line == null) {
            problems.add(new StockRefusedException.Problem(
                    number,
                    prefix + "skuCode",
                    "line " + number + " names neither a SKU code nor a barcode",
                    Refusal.of(StockRefusedException.SKU_OR_BARCODE, number)));
            return null;
        }
        String code = blankToNull(line.skuCode());
        String barcode = blankToNull(line.barcode());
        WarehouseSku sku = null;
        if ((code == null) == (barcode == null)) {
            problems.add(new StockRefusedException.Problem(
                    number,
                    prefix + "skuCode",
                    "line " + number + " names a SKU by its code or by a barcode, one of the two",
                    Refusal.of(StockRefusedException.SKU_OR_BARCODE, number)));
        } else if (code != null) {
            sku = skus.findBySkuExactly(code);
            if (sku == null) {
                problems.add(new StockRefusedException.Problem(
                        number,
                        prefix + "skuCode",
                        "line " + number + ": no SKU " + code,
                        Refusal.of(StockRefusedException.UNKNOWN_SKU, number, code)));
            }
        } else {
            sku = barcodeOf(barcode);
            if (sku == null) {
                problems.add(new StockRefusedException.Problem(
                        number,
                        prefix + "barcode",
                        "line " + number + ": no SKU has barcode " + barcode,
                        Refusal.of(StockRefusedException.UNKNOWN_BARCODE, number, barcode)));
            }
        }
        if (line.quantity() == null || line.quantity() <= 0) {
            problems.add(new StockRefusedException.Problem(
                    number,
                    prefix + "quantity",
                    "line " + number + ": a quantity is at least 1, not " + line.quantity(),
                    Refusal.of(StockRefusedException.QUANTITY_NOT_POSITIVE, number, String.valueOf(line.quantity()))));
        }
        String location = blankToNull(line.location());
        if (location != null && location.length() > MAX_LOCATION) {
            problems.add(new StockRefusedException.Problem(
                    number,
                    prefix + "location",
                    "line " + number + ": a bin location is at most " + MAX_LOCATION + " characters",
                    Refusal.of(StockRefusedException.LOCATION_TOO_LONG, number, MAX_LOCATION)));
        }
        return sku;
    }

    /** The SKU a scanned code names: one of its barcodes, else (a label printed with the code) its SKU code. */
    public WarehouseSku barcodeOf(String scanned) {
        WarehouseSku sku = skus.findByBarcode(scanned);
        return sku != null ? sku : skus.findBySkuExactly(scanned);
    }

    private static StockRefusedException duplicate(String reference) {
        return StockRefusedException.conflict(
                "reference",
                "receipt " + reference + " is already booked",
                StockRefusedException.RECEIPT_EXISTS,
                reference);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

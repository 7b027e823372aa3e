package io.junction.web.scanout;

import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanPackage;
import io.junction.scanout.ScanResult;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scan-out over JSON: open a package by its code, scan items (a refused item answers 422 with
 * {@code accepted: false}, the reason in the caller's language and its {@code code}), ship. A package
 * that cannot be opened or shipped answers 409 problem details with the same two ({@code ApiExceptionHandler}).
 */
@RestController
@RequestMapping("/api/v1/scan-out/packages")
public class ScanOutApiController {

    private final ScanOutService scanOut;
    private final StationMessages texts;

    public ScanOutApiController(ScanOutService scanOut, StationMessages texts) {
        this.scanOut = scanOut;
        this.texts = texts;
    }

    /** A scanned code: a tracking number, a package number, or an item barcode. */
    public record Scan(String code, String barcode) {}

    /**
     * The answer to an item scan.
     *
     * @param code the refusal ({@link io.junction.scanout.ScanRefusal}), null when accepted
     */
    public record ItemScanAnswer(boolean accepted, String reason, String code, String sku, ScanPackage pkg) {}

    @Operation(summary = "Open a package at the scan station by its tracking or package number")
    @ApiRefusal(status = 409, description = "No package with that number, or it cannot be scanned out now.")
    @PostMapping
    public ScanPackage open(@RequestBody Scan scan) {
        if (scan == null || scan.code() == null || scan.code().isBlank()) {
            throw new IllegalArgumentException("code must be the scanned tracking number or package number");
        }
        return scanOut.open(scan.code());
    }

    @Operation(summary = "Scan one item's barcode into the open package")
    @ApiRefusal(status = 409, description = "The package cannot take scans now.")
    @ApiRefusal(status = 422, description = "The item is refused; `reason` says why.", answerBody = true)
    @PostMapping("/{id}/items")
    public ResponseEntity<ItemScanAnswer> scanItem(@PathVariable long id, @RequestBody Scan scan) {
        String barcode = scan == null ? null : (scan.barcode() != null ? scan.barcode() : scan.code());
        if (barcode == null || barcode.isBlank()) {
            throw new IllegalArgumentException("barcode must be the scanned item barcode");
        }
        ScanResult r = scanOut.scanItem(id, barcode);
        if (r.accepted()) {
            return ResponseEntity.ok(new ItemScanAnswer(true, null, null, r.sku(), r.pkg()));
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .body(new ItemScanAnswer(
                        false,
                        texts.refusal(r.refusal(), r.arguments()),
                        r.refusal().name(),
                        r.sku(),
                        r.pkg()));
    }

    @Operation(summary = "Ship a fully scanned package")
    @ApiRefusal(status = 409, description = "Items are still to scan, or the package is not ready to ship.")
    @PostMapping("/{id}/ship")
    public ScanPackage ship(@PathVariable long id, Principal user) {
        return scanOut.ship(id, user.getName());
    }
}

package io.junction.web.scanout;

import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanPackage;
import io.junction.scanout.ScanResult;
import io.junction.scanout.StationCall;
import io.junction.web.api.ApiInputException;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scan-out over JSON: open a package by its code, scan items (a refused item answers 422 with
 * {@code accepted: false}, the reason in the caller's language and its {@code code}), undo the last,
 * weigh (refused the same way outside the tolerance), confirm the quality check, ship, or put the
 * parcel on the problem shelf. The optional header {@value #STATION} names the station. A package
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

    /** The header that names the station a call comes from (its settings, its lines in the scan log). */
    static final String STATION = "X-Junction-Station";

    /** A scanned code: a tracking number, a package number, or an item barcode. */
    public record Scan(String code, String barcode) {}

    /**
     * A parcel's weight.
     *
     * @param overrideReason why a weight outside the tolerance is kept; without one such a weight is refused
     */
    public record Weight(Integer grams, String overrideReason) {}

    /** Why a parcel goes to the problem shelf. */
    public record SetAside(String reason) {}

    /**
     * The answer to an item scan.
     *
     * @param code the refusal ({@link io.junction.scanout.ScanRefusal}), null when accepted
     */
    public record ItemScanAnswer(boolean accepted, String reason, String code, String sku, ScanPackage pkg) {}

    @Operation(summary = "Open a package at the scan station by its tracking or package number")
    @ApiRefusal(status = 409, description = "No package with that number, or it cannot be scanned out now.")
    @PostMapping
    public ScanPackage open(
            @RequestBody Scan scan, @RequestHeader(name = STATION, required = false) String station, Principal user) {
        if (scan == null || scan.code() == null || scan.code().isBlank()) {
            throw new IllegalArgumentException("code must be the scanned tracking number or package number");
        }
        return scanOut.open(scan.code(), call(station, user));
    }

    @Operation(summary = "Scan one item's barcode into the open package")
    @ApiRefusal(status = 409, description = "The package cannot take scans now.")
    @ApiRefusal(status = 422, description = "The item is refused; `reason` says why.", answerBody = true)
    @PostMapping("/{id}/items")
    public ResponseEntity<ItemScanAnswer> scanItem(
            @PathVariable long id,
            @RequestBody Scan scan,
            @RequestHeader(name = STATION, required = false) String station,
            Principal user) {
        String barcode = scan == null ? null : (scan.barcode() != null ? scan.barcode() : scan.code());
        if (barcode == null || barcode.isBlank()) {
            throw new IllegalArgumentException("barcode must be the scanned item barcode");
        }
        return answer(scanOut.scanItem(id, barcode, call(station, user)));
    }

    @Operation(summary = "Take the package's last item scan back")
    @ApiRefusal(status = 409, description = "The package cannot take scans now.")
    @ApiRefusal(status = 422, description = "No item scan is left to undo.", answerBody = true)
    @PostMapping("/{id}/undo")
    public ResponseEntity<ItemScanAnswer> undo(
            @PathVariable long id, @RequestHeader(name = STATION, required = false) String station, Principal user) {
        return answer(scanOut.undo(id, call(station, user)));
    }

    @Operation(
            summary = "Weigh the parcel against its expected weight",
            description = "Outside the station's tolerance the weight is refused unless `overrideReason` says why"
                    + " it is kept; a kept weight is stored with the reason.")
    @ApiRefusal(status = 400, description = "grams is missing or not more than 0.")
    @ApiRefusal(status = 409, description = "The package cannot be weighed now.")
    @ApiRefusal(
            status = 422,
            description = "The weight is outside the tolerance; `reason` says by how much.",
            answerBody = true)
    @PostMapping("/{id}/weight")
    public ResponseEntity<ItemScanAnswer> weigh(
            @PathVariable long id,
            @RequestBody Weight weight,
            @RequestHeader(name = STATION, required = false) String station,
            Principal user) {
        if (weight == null || weight.grams() == null || weight.grams() <= 0) {
            throw new ApiInputException("grams", "problems.station.grams");
        }
        return answer(scanOut.weigh(id, weight.grams(), weight.overrideReason(), call(station, user)));
    }

    @Operation(summary = "Confirm the quality check (appearance, quantity, labels) of a fully scanned package")
    @ApiRefusal(status = 409, description = "Items are still to scan, or the package cannot ship now.")
    @PostMapping("/{id}/qc")
    public ScanPackage confirmQc(
            @PathVariable long id, @RequestHeader(name = STATION, required = false) String station, Principal user) {
        return scanOut.confirmQc(id, call(station, user));
    }

    @Operation(
            summary = "Put the parcel on the problem shelf: its order goes on hold with the reason",
            description = "Open to packers: the clerks see the order held with the packer's reason.")
    @ApiRefusal(status = 400, description = "The reason is missing.")
    @ApiRefusal(status = 409, description = "The package cannot be set aside now (shipped, or its order not waiting).")
    @PostMapping("/{id}/problem-shelf")
    public ScanPackage setAside(
            @PathVariable long id,
            @RequestBody SetAside request,
            @RequestHeader(name = STATION, required = false) String station,
            Principal user) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new ApiInputException("reason", "problems.station.reason");
        }
        if (request.reason().strip().length() > 500) {
            throw new ApiInputException("reason", "problems.station.reason");
        }
        return scanOut.setAside(id, request.reason(), call(station, user));
    }

    private ResponseEntity<ItemScanAnswer> answer(ScanResult r) {
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
    public ScanPackage ship(
            @PathVariable long id, @RequestHeader(name = STATION, required = false) String station, Principal user) {
        return scanOut.ship(id, call(station, user));
    }

    private static StationCall call(String station, Principal user) {
        if (station != null && station.strip().length() > 64) {
            throw new ApiInputException(STATION, "problems.station.name");
        }
        return new StationCall(station, user.getName());
    }
}

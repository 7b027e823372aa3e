package io.junction.web.scanout;

import io.junction.label.LabelService;
import io.junction.order.OrderPackage;
import io.junction.order.PackageMapper;
import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanPackage;
import io.junction.scanout.ScanRefusedException;
import io.junction.scanout.ScanResult;
import io.junction.scanout.StationCall;
import io.junction.scanout.StationSettings;
import io.junction.web.api.ApiInputException;
import io.junction.web.page.Documents;
import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The packing station page. Every scan from the keyboard-wedge scanner posts here: with no package
 * open it opens one by its label; with one open it verifies an item. When the last item counts, the
 * package ships at once, unless the station asks for a weight (typed, or typed by a USB scale into the
 * same field) or a quality check first. Undo, the problem shelf, a weight kept with a reason and a
 * reprinted label are buttons on the open package. Refusals come back as a state the page makes loud;
 * none is an HTTP error, so the page always knows what to show.
 */
@Controller
@RequestMapping("/scan-out")
public class ScanOutPageController {

    /** What a scale (or a packer) types as a weight: grams, "g" optional. An item barcode is longer. */
    private static final Pattern GRAMS = Pattern.compile("(\\d{1,7})\\s*(?:g|G)?");

    private final ScanOutService scanOut;
    private final PackageMapper packages;
    private final LabelService labels;
    private final StationMessages texts;

    public ScanOutPageController(
            ScanOutService scanOut, PackageMapper packages, LabelService labels, StationMessages texts) {
        this.scanOut = scanOut;
        this.packages = packages;
        this.labels = labels;
        this.texts = texts;
    }

    @GetMapping
    public String station(@RequestParam(defaultValue = StationSettings.DEFAULT) String station, Model model) {
        StationCall call = call(station, null);
        model.addAttribute("station", StationState.ready(texts.text("station.ready")));
        model.addAttribute("stationName", call.station());
        model.addAttribute("settings", scanOut.settings(call.station()));
        return "scanout/station";
    }

    /**
     * One scan.
     *
     * @param packageId the package open at the station, none when waiting for a package label
     */
    @PostMapping("/scan")
    public String scan(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) Long packageId,
            @RequestParam(defaultValue = StationSettings.DEFAULT) String station,
            Principal user,
            Model model) {
        StationCall call = call(station, user);
        return answer(model, () -> handle(code.trim(), packageId, call));
    }

    /** Weighs the open parcel; {@code overrideReason} keeps a weight outside the tolerance. */
    @PostMapping("/weight")
    public String weigh(
            @RequestParam long packageId,
            @RequestParam int grams,
            @RequestParam(required = false) String overrideReason,
            @RequestParam(defaultValue = StationSettings.DEFAULT) String station,
            Principal user,
            Model model) {
        if (grams <= 0) {
            throw new ApiInputException("grams", "problems.station.grams");
        }
        StationCall call = call(station, user);
        return answer(model, () -> weighed(scanOut.weigh(packageId, grams, overrideReason, call), call));
    }

    @PostMapping("/undo")
    public String undo(
            @RequestParam long packageId,
            @RequestParam(defaultValue = StationSettings.DEFAULT) String station,
            Principal user,
            Model model) {
        StationCall call = call(station, user);
        return answer(model, () -> {
            ScanResult result = scanOut.undo(packageId, call);
            if (!result.accepted()) {
                return refused(result, packageId);
            }
            return new StationState(
                    StationState.Outcome.UNDONE,
                    texts.text("station.undone", result.sku(), scannedOf(result), quantityOf(result)),
                    result.pkg(),
                    packageId,
                    result.sku());
        });
    }

    @PostMapping("/qc")
    public String confirmQc(
            @RequestParam long packageId,
            @RequestParam(defaultValue = StationSettings.DEFAULT) String station,
            Principal user,
            Model model) {
        StationCall call = call(station, user);
        return answer(model, () -> next(scanOut.confirmQc(packageId, call), call));
    }

    @PostMapping("/problem-shelf")
    public String setAside(
            @RequestParam long packageId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = StationSettings.DEFAULT) String station,
            Principal user,
            Model model) {
        if (reason.isBlank() || reason.strip().length() > 500) {
            throw new ApiInputException("reason", "problems.station.reason");
        }
        StationCall call = call(station, user);
        return answer(model, () -> {
            ScanPackage pkg = scanOut.setAside(packageId, reason, call);
            return new StationState(
                    StationState.Outcome.SET_ASIDE,
                    texts.text("station.set-aside", pkg.packageNo(), reason.strip()),
                    pkg,
                    null,
                    null);
        });
    }

    /** Prints the open package's label again (a damaged one): the order's labels as one PDF, the print recorded. */
    @PostMapping("/label")
    public ResponseEntity<byte[]> reprint(
            @RequestParam long packageId,
            @RequestParam(defaultValue = StationSettings.DEFAULT) String station,
            Principal user) {
        StationCall call = call(station, user);
        // read as the station reads it: a package of a shop the packer does not work on is not there
        ScanPackage pkg;
        try {
            pkg = scanOut.read(packageId);
        } catch (ScanRefusedException refused) {
            throw new NoSuchElementException(texts.refusal(refused.refusal(), refused.arguments()));
        }
        byte[] pdf = labels.mergedLabels(List.of(pkg.orderId()), call.operator());
        scanOut.reprinted(packageId, call);
        return Documents.inline(pdf, pkg.packageNo() + ".pdf");
    }

    private String answer(Model model, Supplier<StationState> step) {
        StationState state;
        try {
            state = step.get();
        } catch (ScanRefusedException refused) {
            // The package must not ship (held, cancelled, already shipped…): it leaves the bench.
            state = StationState.refused(
                    texts.refusal(refused.refusal(), refused.arguments()),
                    refused.refusal().name(),
                    null,
                    null,
                    null);
        }
        model.addAttribute("station", state);
        return "scanout/station :: state";
    }

    private StationState handle(String code, Long packageId, StationCall call) {
        if (code.isEmpty()) {
            return StationState.ready(texts.text("station.ready"));
        }
        return packageId == null ? open(code, call) : scanItem(packageId, code, call);
    }

    private StationState open(String code, StationCall call) {
        ScanPackage pkg = scanOut.open(code, call);
        if (pkg.complete()) {
            // A single unit at a one-scan station, or every item verified at an earlier scan.
            return next(pkg, call);
        }
        return new StationState(
                StationState.Outcome.OPENED,
                texts.text("station.opened", pkg.packageNo(), pkg.units()),
                pkg,
                pkg.id(),
                null);
    }

    private StationState scanItem(long packageId, String code, StationCall call) {
        OrderPackage open = packages.findById(packageId);
        if (open != null && (code.equalsIgnoreCase(open.packageNo()) || code.equalsIgnoreCase(open.trackingNumber()))) {
            ScanPackage pkg = scanOut.open(code, call);
            return new StationState(
                    StationState.Outcome.INFO,
                    texts.text("station.already-open", pkg.packageNo()),
                    pkg,
                    pkg.id(),
                    null);
        }
        Matcher grams = GRAMS.matcher(code);
        if (grams.matches() && open != null && awaitsWeight(packageId, call)) {
            return weighed(scanOut.weigh(packageId, Integer.parseInt(grams.group(1)), null, call), call);
        }
        ScanResult result = scanOut.scanItem(packageId, code, call);
        if (!result.accepted()) {
            return refused(result, packageId);
        }
        if (result.pkg().complete()) {
            return next(result.pkg(), call);
        }
        return new StationState(
                StationState.Outcome.ACCEPTED,
                texts.text("station.accepted", result.sku(), scannedOf(result), quantityOf(result)),
                result.pkg(),
                packageId,
                result.sku());
    }

    /** Whether the open package is fully scanned and waits for its weight: then digits are grams, not a barcode. */
    private boolean awaitsWeight(long packageId, StationCall call) {
        try {
            ScanPackage pkg = scanOut.read(packageId);
            return !pkg.shipped() && scanOut.settings(call.station()).next(pkg) == StationSettings.Step.WEIGHT;
        } catch (ScanRefusedException refused) {
            return false;
        }
    }

    private StationState weighed(ScanResult result, StationCall call) {
        if (!result.accepted()) {
            return StationState.weightRefused(
                    texts.refusal(result.refusal(), result.arguments()), result.pkg(), (Integer)
                            result.arguments().get(0));
        }
        return next(result.pkg(), call);
    }

    /** A fully scanned package: ship it, or ask for what the station wants first. */
    private StationState next(ScanPackage pkg, StationCall call) {
        return switch (scanOut.settings(call.station()).next(pkg)) {
            case ITEMS ->
                new StationState(
                        StationState.Outcome.OPENED,
                        texts.text("station.opened", pkg.packageNo(), pkg.units()),
                        pkg,
                        pkg.id(),
                        null);
            case WEIGHT ->
                new StationState(
                        StationState.Outcome.WEIGH,
                        pkg.expectedWeightGrams() > 0
                                ? texts.text("station.weigh", pkg.expectedWeightGrams())
                                : texts.text("station.weigh.unknown"),
                        pkg,
                        pkg.id(),
                        null);
            case QC -> new StationState(StationState.Outcome.QC, texts.text("station.qc"), pkg, pkg.id(), null);
            case SHIP -> shipped(scanOut.ship(pkg.id(), call));
        };
    }

    private StationState refused(ScanResult result, long packageId) {
        return StationState.refused(
                texts.refusal(result.refusal(), result.arguments()),
                result.refusal().name(),
                result.pkg(),
                packageId,
                result.sku());
    }

    /** One SKU may sit on several lines: count them together, as the packer sees one product. */
    private static int scannedOf(ScanResult result) {
        return result.pkg().items().stream()
                .filter(i -> i.sku().equals(result.sku()))
                .mapToInt(ScanPackage.Item::scanned)
                .sum();
    }

    private static int quantityOf(ScanResult result) {
        return result.pkg().items().stream()
                .filter(i -> i.sku().equals(result.sku()))
                .mapToInt(ScanPackage.Item::quantity)
                .sum();
    }

    private StationState shipped(ScanPackage pkg) {
        String message = pkg.trackingNumber() == null
                ? texts.text("station.shipped", pkg.packageNo())
                : texts.text("station.shipped.tracking", pkg.packageNo(), pkg.trackingNumber());
        return new StationState(StationState.Outcome.SHIPPED, message, pkg, null, null);
    }

    static StationCall call(String station, Principal user) {
        if (station != null && station.strip().length() > 64) {
            throw new ApiInputException("station", "problems.station.name");
        }
        return new StationCall(station, user == null ? "" : user.getName());
    }
}

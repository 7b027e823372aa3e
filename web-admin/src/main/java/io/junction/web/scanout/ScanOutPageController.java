package io.junction.web.scanout;

import io.junction.order.OrderPackage;
import io.junction.order.PackageMapper;
import io.junction.scanout.ScanOutService;
import io.junction.scanout.ScanPackage;
import io.junction.scanout.ScanRefusedException;
import io.junction.scanout.ScanResult;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The packing station page. Every scan from the keyboard-wedge scanner posts here: with no package
 * open it opens one by its label; with one open it verifies an item. When the last item counts, the
 * package ships at once and the station is ready for the next one. Refusals come back as a state the
 * page makes loud; none is an HTTP error, so the page always knows what to show.
 */
@Controller
@RequestMapping("/scan-out")
public class ScanOutPageController {

    static final String READY = "Ready: scan a package label (tracking or package number).";

    private final ScanOutService scanOut;
    private final PackageMapper packages;

    public ScanOutPageController(ScanOutService scanOut, PackageMapper packages) {
        this.scanOut = scanOut;
        this.packages = packages;
    }

    @GetMapping
    public String station(Model model) {
        model.addAttribute("station", StationState.ready(READY));
        return "scanout/station";
    }

    /**
     * One scan.
     *
     * @param packageId the package open at the station, none when waiting for a package label
     */
    @PostMapping("/scan")
    public String scan(@RequestParam(defaultValue = "") String code, @RequestParam(required = false) Long packageId,
            Principal user, Model model) {
        model.addAttribute("station", handle(code.trim(), packageId, user.getName()));
        return "scanout/station :: state";
    }

    private StationState handle(String code, Long packageId, String packer) {
        if (code.isEmpty()) {
            return StationState.ready(READY);
        }
        try {
            return packageId == null ? open(code, packer) : scanItem(packageId, code, packer);
        } catch (ScanRefusedException refused) {
            // The package must not ship (held, cancelled, already shipped…): it leaves the bench.
            return StationState.refused(refused.getMessage(), null, null, null);
        }
    }

    private StationState open(String code, String packer) {
        ScanPackage pkg = scanOut.open(code);
        if (pkg.complete()) {
            // Every item was verified at an earlier scan but the package did not ship then.
            return shipped(scanOut.ship(pkg.id(), packer));
        }
        return new StationState(StationState.Outcome.OPENED, "Package " + pkg.packageNo() + " open: scan each of its "
                + pkg.items().stream().mapToInt(ScanPackage.Item::quantity).sum() + " items.", pkg, pkg.id(), null);
    }

    private StationState scanItem(long packageId, String code, String packer) {
        OrderPackage open = packages.findById(packageId);
        if (open != null && (code.equalsIgnoreCase(open.packageNo()) || code.equalsIgnoreCase(open.trackingNumber()))) {
            ScanPackage pkg = scanOut.open(code);
            return new StationState(StationState.Outcome.INFO, "Package " + pkg.packageNo()
                    + " is already open: scan its items.", pkg, pkg.id(), null);
        }
        ScanResult result = scanOut.scanItem(packageId, code);
        if (!result.accepted()) {
            return StationState.refused(result.reason(), result.pkg(), packageId, result.sku());
        }
        if (result.pkg().complete()) {
            return shipped(scanOut.ship(packageId, packer));
        }
        // One SKU may sit on several lines: count them together, as the packer sees one product.
        List<ScanPackage.Item> ofSku = result.pkg().items().stream().filter(i -> i.sku().equals(result.sku())).toList();
        int scanned = ofSku.stream().mapToInt(ScanPackage.Item::scanned).sum();
        int quantity = ofSku.stream().mapToInt(ScanPackage.Item::quantity).sum();
        return new StationState(StationState.Outcome.ACCEPTED, "OK " + result.sku() + ": " + scanned + " of " + quantity
                + " scanned.", result.pkg(), packageId, result.sku());
    }

    private static StationState shipped(ScanPackage pkg) {
        String tracking = pkg.trackingNumber() == null ? "" : " (tracking " + pkg.trackingNumber() + ")";
        return new StationState(StationState.Outcome.SHIPPED, "SHIPPED " + pkg.packageNo() + tracking
                + ". Ready: scan the next package.", pkg, null, null);
    }
}

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

    private final ScanOutService scanOut;
    private final PackageMapper packages;
    private final StationMessages texts;

    public ScanOutPageController(ScanOutService scanOut, PackageMapper packages, StationMessages texts) {
        this.scanOut = scanOut;
        this.packages = packages;
        this.texts = texts;
    }

    @GetMapping
    public String station(Model model) {
        model.addAttribute("station", StationState.ready(texts.text("station.ready")));
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
            Principal user,
            Model model) {
        model.addAttribute("station", handle(code.trim(), packageId, user.getName()));
        return "scanout/station :: state";
    }

    private StationState handle(String code, Long packageId, String packer) {
        if (code.isEmpty()) {
            return StationState.ready(texts.text("station.ready"));
        }
        try {
            return packageId == null ? open(code, packer) : scanItem(packageId, code, packer);
        } catch (ScanRefusedException refused) {
            // The package must not ship (held, cancelled, already shipped…): it leaves the bench.
            return StationState.refused(
                    texts.refusal(refused.refusal(), refused.arguments()),
                    refused.refusal().name(),
                    null,
                    null,
                    null);
        }
    }

    private StationState open(String code, String packer) {
        ScanPackage pkg = scanOut.open(code);
        if (pkg.complete()) {
            // Every item was verified at an earlier scan but the package did not ship then.
            return shipped(scanOut.ship(pkg.id(), packer));
        }
        int units = pkg.items().stream().mapToInt(ScanPackage.Item::quantity).sum();
        return new StationState(
                StationState.Outcome.OPENED, texts.text("station.opened", pkg.packageNo(), units), pkg, pkg.id(), null);
    }

    private StationState scanItem(long packageId, String code, String packer) {
        OrderPackage open = packages.findById(packageId);
        if (open != null && (code.equalsIgnoreCase(open.packageNo()) || code.equalsIgnoreCase(open.trackingNumber()))) {
            ScanPackage pkg = scanOut.open(code);
            return new StationState(
                    StationState.Outcome.INFO,
                    texts.text("station.already-open", pkg.packageNo()),
                    pkg,
                    pkg.id(),
                    null);
        }
        ScanResult result = scanOut.scanItem(packageId, code);
        if (!result.accepted()) {
            return StationState.refused(
                    texts.refusal(result.refusal(), result.arguments()),
                    result.refusal().name(),
                    result.pkg(),
                    packageId,
                    result.sku());
        }
        if (result.pkg().complete()) {
            return shipped(scanOut.ship(packageId, packer));
        }
        // One SKU may sit on several lines: count them together, as the packer sees one product.
        List<ScanPackage.Item> ofSku = result.pkg().items().stream()
                .filter(i -> i.sku().equals(result.sku()))
                .toList();
        int scanned = ofSku.stream().mapToInt(ScanPackage.Item::scanned).sum();
        int quantity = ofSku.stream().mapToInt(ScanPackage.Item::quantity).sum();
        return new StationState(
                StationState.Outcome.ACCEPTED,
                texts.text("station.accepted", result.sku(), scanned, quantity),
                result.pkg(),
                packageId,
                result.sku());
    }

    private StationState shipped(ScanPackage pkg) {
        String message = pkg.trackingNumber() == null
                ? texts.text("station.shipped", pkg.packageNo())
                : texts.text("station.shipped.tracking", pkg.packageNo(), pkg.trackingNumber());
        return new StationState(StationState.Outcome.SHIPPED, message, pkg, null, null);
    }
}

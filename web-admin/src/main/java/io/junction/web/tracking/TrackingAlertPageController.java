package io.junction.web.tracking;

import io.junction.tracking.AlertKind;
import io.junction.tracking.TrackingAlerts;
import io.junction.tracking.TrackingProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tracking alert page: tabs of parcels never scanned and parcels stuck. */
@Controller
public class TrackingAlertPageController {

    private final TrackingAlerts alerts;
    private final TrackingProperties settings;

    public TrackingAlertPageController(TrackingAlerts alerts, TrackingProperties settings) {
        this.alerts = alerts;
        this.settings = settings;
    }

    @GetMapping("/tracking/alerts")
    public String page(@RequestParam(defaultValue = "NO_FIRST_SCAN") AlertKind kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", AlertKind.values());
        model.addAttribute("counts", alerts.counts());
        model.addAttribute("alerts", alerts.list(kind, TrackingAlerts.MAX_LIST));
        model.addAttribute(
                "days",
                kind == AlertKind.STUCK
                        ? settings.alerts().stuckAfter().toDays()
                        : settings.alerts().noScanAfter().toDays());
        return "tracking/alerts";
    }
}

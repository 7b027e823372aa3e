package io.junction.web.tracking;

import io.junction.tracking.AlertKind;
import io.junction.tracking.TrackingAlert;
import io.junction.tracking.TrackingAlerts;
import io.junction.web.api.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The parcels at risk after they left, over JSON. */
@RestController
public class TrackingAlertApiController {

    private final TrackingAlerts alerts;

    public TrackingAlertApiController(TrackingAlerts alerts) {
        this.alerts = alerts;
    }

    /** How many parcels of each kind are at risk, and those of the kind asked, the longest waiting first. */
    public record Alerts(long noFirstScan, long stuck, AlertKind kind, List<TrackingAlert> items) {}

    @Operation(
            summary = "Parcels shipped that the carrier never scanned within their platform's window (NO_FIRST_SCAN,"
                    + " AliExpress's false-shipment risk) or that are stuck in one status (STUCK)")
    @GetMapping("/api/v1/tracking/alerts")
    public Alerts alerts(
            @RequestParam(defaultValue = "NO_FIRST_SCAN") AlertKind kind,
            @RequestParam(defaultValue = "200") int limit) {
        PageParameters.checkLimit(limit, TrackingAlerts.MAX_LIST);
        TrackingAlerts.Counts counts = alerts.counts();
        return new Alerts(counts.noFirstScan(), counts.stuck(), kind, alerts.list(kind, limit));
    }
}

package io.junction.web.order;

import io.junction.web.openapi.ApiRefusal;
import io.junction.writeback.TrackingChangeEntry;
import io.junction.writeback.TrackingChangeService;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shipped package's tracking number over JSON: its changes at the marketplace, and a new change
 * (where the marketplace allows one, within its limits). A refusal is a problem that changes nothing.
 */
@RestController
public class TrackingChangeApiController {

    private final TrackingChangeService trackingChanges;

    public TrackingChangeApiController(TrackingChangeService trackingChanges) {
        this.trackingChanges = trackingChanges;
    }

    /** The new tracking number, and why it changes. */
    public record TrackingChangeRequest(String trackingNumber, String reason) {}

    @Operation(summary = "The changes of a package's tracking number, newest first")
    @GetMapping("/api/v1/packages/{id}/tracking-changes")
    public List<TrackingChangeEntry> history(@PathVariable long id) {
        return trackingChanges.history(id);
    }

    /**
     * Changes the tracking number at the marketplace and answers the change as it stands: CONFIRMED,
     * FAILED with the marketplace's reason, or PENDING when it did not answer (ask again to resend).
     */
    @Operation(summary = "Change a tracking number the marketplace has already accepted")
    @ApiRefusal(status = 409, description = "The change is refused; the detail says why.")
    @PostMapping("/api/v1/packages/{id}/tracking-changes")
    public TrackingChangeEntry change(
            @PathVariable long id, @RequestBody TrackingChangeRequest request, Principal user) {
        return trackingChanges.change(id, request.trackingNumber(), request.reason(), user.getName());
    }
}

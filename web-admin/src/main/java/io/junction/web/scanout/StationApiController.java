package io.junction.web.scanout;

import io.junction.scanout.StationSettings;
import io.junction.scanout.Stations;
import io.junction.web.openapi.ApiRefusal;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The stations' settings over JSON, for admins. */
@RestController
@RequestMapping("/api/v1/stations")
public class StationApiController {

    private final Stations stations;

    public StationApiController(Stations stations) {
        this.stations = stations;
    }

    /** The stations with settings of their own. */
    public record StationList(List<StationSettings> items) {}

    @Operation(summary = "Every station with settings of its own; the one named default serves the others")
    @GetMapping
    public StationList list() {
        return new StationList(stations.all());
    }

    @Operation(summary = "Set a station's settings (a new name adds the station)")
    @ApiRefusal(status = 400, description = "The name or a tolerance is out of range.")
    @PutMapping
    public StationSettings save(@RequestBody StationSettings settings, Principal user) {
        if (settings == null) {
            throw new IllegalArgumentException("the station's settings are missing");
        }
        StationSettings valid = StationAdminController.valid(settings);
        stations.save(valid, user.getName());
        return valid;
    }
}

package io.junction.web.scanout;

import io.junction.scanout.ShiftReport;
import io.junction.scanout.StationSettings;
import io.junction.scanout.Stations;
import io.junction.web.api.ApiInputException;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The stations seen from above: the day's scans per operator and hour and the operators' sessions (for
 * clerks and admins), and each station's settings (for admins), no SQL needed.
 */
@Controller
@RequestMapping("/scan-out")
public class StationAdminController {

    private final ShiftReport report;
    private final Stations stations;
    private final Clock clock;

    public StationAdminController(ShiftReport report, Stations stations, Clock clock) {
        this.report = report;
        this.stations = stations;
        this.clock = clock;
    }

    /** The day's figures; today (UTC) unless {@code day} names another. */
    @GetMapping("/dashboard")
    public String dashboard(@RequestParam(required = false) String day, Model model) {
        LocalDate shown;
        try {
            shown = day == null || day.isBlank()
                    ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                    : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new ApiInputException("day", "problems.station.day", day);
        }
        model.addAttribute("report", report.of(shown));
        model.addAttribute("sessionGapMinutes", ShiftReport.SESSION_GAP.toMinutes());
        return "scanout/dashboard";
    }

    @GetMapping("/settings")
    public String settings(Model model) {
        model.addAttribute("stations", stations.all());
        return "scanout/settings";
    }

    /** Saves one station's settings (a new name adds the station). */
    @PostMapping("/settings")
    public String save(
            @RequestParam String stationName,
            @RequestParam(defaultValue = "false") boolean weighingRequired,
            @RequestParam(defaultValue = "50") int weightToleranceGrams,
            @RequestParam(defaultValue = "10") int weightTolerancePct,
            @RequestParam(defaultValue = "false") boolean qcRequired,
            @RequestParam(defaultValue = "false") boolean oneScanShip,
            Principal user) {
        stations.save(
                valid(new StationSettings(
                        stationName.strip(),
                        weighingRequired,
                        weightToleranceGrams,
                        weightTolerancePct,
                        qcRequired,
                        oneScanShip)),
                user.getName());
        return "redirect:/scan-out/settings?saved";
    }

    /** The settings as given, or a 400 naming the field at fault. */
    static StationSettings valid(StationSettings s) {
        if (s.stationName() == null
                || s.stationName().isBlank()
                || s.stationName().length() > 64) {
            throw new ApiInputException("stationName", "problems.station.name");
        }
        if (s.weightToleranceGrams() < 0 || s.weightToleranceGrams() > 100_000) {
            throw new ApiInputException("weightToleranceGrams", "problems.station.tolerance");
        }
        if (s.weightTolerancePct() < 0 || s.weightTolerancePct() > 100) {
            throw new ApiInputException("weightTolerancePct", "problems.station.tolerance");
        }
        return s;
    }
}

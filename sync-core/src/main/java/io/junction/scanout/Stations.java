package io.junction.scanout;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stations' settings, set by an admin on a page or through the API, kept in {@code wms_station}. */
@Service
public class Stations {

    private final StationMapper station;
    private final Clock clock;

    public Stations(StationMapper station, Clock clock) {
        this.station = station;
        this.clock = clock;
    }

    /** Every station with settings of its own, {@link StationSettings#DEFAULT} first. */
    public List<StationSettings> all() {
        return station.allSettings();
    }

    /** Sets a station's settings, adding the station when it has none yet. */
    @Transactional
    public void save(StationSettings settings, String actor) {
        if (station.updateSettings(settings, actor, clock.instant()) == 0) {
            station.insertSettings(settings, actor, clock.instant());
        }
    }
}

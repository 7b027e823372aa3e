package io.junction.scanout;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * What the scan log says about a day at the stations: counts per operator and hour, and each operator's
 * sessions (scans with no pause longer than {@link #SESSION_GAP} between them).
 */
@Service
public class ShiftReport {

    /** A pause this long ends an operator's session. */
    public static final Duration SESSION_GAP = Duration.ofMinutes(30);

    private final StationMapper station;

    public ShiftReport(StationMapper station) {
        this.station = station;
    }

    /** One operator's work in one hour. */
    public record Hourly(
            String operator, Instant hour, int itemScans, int refused, int undone, int shipped, int setAside) {}

    /** One operator's stretch of work at a station. */
    public record Session(String operator, String station, Instant from, Instant to, int scans) {}

    /** The day's figures. */
    public record Day(LocalDate day, List<Hourly> hourly, List<Session> sessions) {}

    /** The report of a day in UTC. */
    public Day of(LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<ScanLogEntry> log = station.logBetween(from, from.plus(Duration.ofDays(1)));
        return new Day(day, hourly(log), sessions(log));
    }

    static List<Hourly> hourly(List<ScanLogEntry> log) {
        Map<String, Map<Instant, int[]>> counts = new TreeMap<>();
        for (ScanLogEntry e : log) {
            int[] c = counts.computeIfAbsent(e.operator(), o -> new TreeMap<>())
                    .computeIfAbsent(e.occurredAt().truncatedTo(ChronoUnit.HOURS), h -> new int[5]);
            switch (e.outcome()) {
                case ACCEPTED -> c[0]++;
                case REFUSED -> c[1]++;
                case UNDONE -> c[2]++;
                case SHIPPED -> c[3]++;
                case SET_ASIDE -> c[4]++;
                default -> {}
            }
        }
        List<Hourly> rows = new ArrayList<>();
        counts.forEach((operator, hours) ->
                hours.forEach((hour, c) -> rows.add(new Hourly(operator, hour, c[0], c[1], c[2], c[3], c[4]))));
        return rows;
    }

    static List<Session> sessions(List<ScanLogEntry> log) {
        Map<String, List<ScanLogEntry>> byOperator = new LinkedHashMap<>();
        log.stream()
                .sorted(Comparator.comparing(ScanLogEntry::occurredAt))
                .forEach(e -> byOperator
                        .computeIfAbsent(e.operator(), o -> new ArrayList<>())
                        .add(e));
        List<Session> sessions = new ArrayList<>();
        for (List<ScanLogEntry> entries : byOperator.values()) {
            ScanLogEntry first = entries.get(0);
            ScanLogEntry last = first;
            int scans = 0;
            for (ScanLogEntry e : entries) {
                boolean paused =
                        Duration.between(last.occurredAt(), e.occurredAt()).compareTo(SESSION_GAP) > 0;
                if (paused || !e.stationName().equals(first.stationName())) {
                    sessions.add(new Session(
                            first.operator(), first.stationName(), first.occurredAt(), last.occurredAt(), scans));
                    first = e;
                    scans = 0;
                }
                last = e;
                scans++;
            }
            sessions.add(
                    new Session(first.operator(), first.stationName(), first.occurredAt(), last.occurredAt(), scans));
        }
        sessions.sort(Comparator.comparing(Session::operator).thenComparing(Session::from));
        return sessions;
    }
}

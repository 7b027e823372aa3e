package io.junction.scanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftReportTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void countsAreKeptPerOperatorAndHourByOutcome() {
        // given
        List<ScanLogEntry> log = List.of(
                entry("ann", "bench-1", NINE.plusSeconds(60), ScanOutcome.ACCEPTED),
                entry("ann", "bench-1", NINE.plusSeconds(70), ScanOutcome.ACCEPTED),
                entry("ann", "bench-1", NINE.plusSeconds(80), ScanOutcome.REFUSED),
                entry("ann", "bench-1", NINE.plusSeconds(90), ScanOutcome.SHIPPED),
                entry("ann", "bench-1", NINE.plusSeconds(3700), ScanOutcome.ACCEPTED),
                entry("bo", "bench-2", NINE.plusSeconds(100), ScanOutcome.UNDONE),
                entry("bo", "bench-2", NINE.plusSeconds(110), ScanOutcome.SET_ASIDE));

        // when
        List<ShiftReport.Hourly> hourly = ShiftReport.hourly(log);

        // then
        assertThat(hourly)
                .containsExactly(
                        new ShiftReport.Hourly("ann", NINE, 2, 1, 0, 1, 0),
                        new ShiftReport.Hourly("ann", NINE.plusSeconds(3600), 1, 0, 0, 0, 0),
                        new ShiftReport.Hourly("bo", NINE, 0, 0, 1, 0, 1));
    }

    @Test
    void aPauseOfMoreThanHalfAnHourOrAnotherStationStartsANewSession() {
        // given
        List<ScanLogEntry> log = List.of(
                entry("ann", "bench-1", NINE, ScanOutcome.OPENED),
                entry("ann", "bench-1", NINE.plusSeconds(1200), ScanOutcome.ACCEPTED),
                entry("ann", "bench-1", NINE.plusSeconds(1200 + 1801), ScanOutcome.ACCEPTED),
                entry("ann", "bench-2", NINE.plusSeconds(1200 + 1900), ScanOutcome.ACCEPTED));

        // when
        List<ShiftReport.Session> sessions = ShiftReport.sessions(log);

        // then
        assertThat(sessions)
                .containsExactly(
                        new ShiftReport.Session("ann", "bench-1", NINE, NINE.plusSeconds(1200), 2),
                        new ShiftReport.Session("ann", "bench-1", NINE.plusSeconds(3001), NINE.plusSeconds(3001), 1),
                        new ShiftReport.Session("ann", "bench-2", NINE.plusSeconds(3100), NINE.plusSeconds(3100), 1));
    }

    private static ScanLogEntry entry(String operator, String station, Instant at, ScanOutcome outcome) {
        return new ScanLogEntry(1L, station, operator, 7L, null, "x", outcome, null, null, at, null);
    }
}

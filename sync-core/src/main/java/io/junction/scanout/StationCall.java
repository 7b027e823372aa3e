package io.junction.scanout;

/**
 * Who scans where: the station's name (its settings and its lines in the scan log) and the operator.
 *
 * @param station the station's name; {@link StationSettings#DEFAULT} when the station gives none
 */
public record StationCall(String station, String operator) {

    public StationCall {
        station = station == null || station.isBlank() ? StationSettings.DEFAULT : station.strip();
    }
}

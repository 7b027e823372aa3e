package io.junction.scanout;

/** A package that cannot be opened or shipped at the station, with the reason to show the packer. */
public class ScanRefusedException extends RuntimeException {
    public ScanRefusedException(String reason) {
        super(reason);
    }
}

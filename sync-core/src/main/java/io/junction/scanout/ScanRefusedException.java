package io.junction.scanout;

import java.util.Arrays;
import java.util.List;

/**
 * A package that cannot be opened or shipped at the station: the refusal, its arguments (to put
 * the packer's sentence together) and an English message for logs and callers without a language.
 */
public class ScanRefusedException extends RuntimeException {

    private final ScanRefusal refusal;
    private final transient List<Object> arguments;

    public ScanRefusedException(ScanRefusal refusal, String message, Object... arguments) {
        super(message);
        this.refusal = refusal;
        this.arguments = Arrays.asList(arguments.clone());
    }

    public ScanRefusal refusal() {
        return refusal;
    }

    /** The refusal's arguments, in the order {@link ScanRefusal} lists them; some may be null. */
    public List<Object> arguments() {
        return arguments;
    }
}

package io.junction.manualtracking;

import io.junction.order.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/** Tracking numbers refused, each with its row and reason; nothing was entered. */
public class ManualTrackingRefusedException extends RuntimeException {

    /** No order by that id or number (or none the caller may see): {@code (order)}. */
    public static final String NO_SUCH_ORDER = "no-such-order";
    /** Several orders of different shops have that number: {@code (platformOrderId)}. */
    public static final String AMBIGUOUS_ORDER = "ambiguous-order";
    /** The order does not wait for tracking numbers: {@code (order, status)}. */
    public static final String WRONG_STATUS = "wrong-status";
    /** The order waits for several tracking numbers and no package was named: {@code (order)}. */
    public static final String PACKAGE_NEEDED = "package-needed";
    /** The order has no such package waiting: {@code (order, packageNo)}. */
    public static final String NO_SUCH_PACKAGE = "no-such-package";
    /** The carrier holds or may hold a parcel for the package: {@code (packageNo, preadviceStatus)}. */
    public static final String PACKAGE_AT_CARRIER = "package-at-carrier";
    /** No tracking number given: no arguments. */
    public static final String TRACKING_MISSING = "tracking-missing";
    /** Not a tracking number (5 to 64 letters, digits or dashes): {@code (trackingNumber)}. */
    public static final String TRACKING_INVALID = "tracking-invalid";
    /** Another parcel has that tracking number: {@code (trackingNumber)}. */
    public static final String TRACKING_TAKEN = "tracking-taken";
    /** The same tracking number or package twice in one sheet: {@code (value)}. */
    public static final String REPEATED = "repeated";
    /** The sheet has no rows: no arguments. */
    public static final String EMPTY = "empty";
    /** The package or order changed while the numbers were entered: {@code (packageNo)}. */
    public static final String CHANGED_MEANWHILE = "changed-meanwhile";

    /** One reason, with the row of the sheet (0 outside a sheet). */
    public record Problem(int row, Refusal refusal, String message) {}

    private final transient List<Problem> problems;

    public ManualTrackingRefusedException(List<Problem> problems) {
        super(problems.stream()
                .map(p -> (p.row() > 0 ? "row " + p.row() + ": " : "") + p.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

package io.junction.deadline;

/** Which orders of the deadline view. */
public enum DeadlineKind {
    /** Ship-by passed, not shipped. */
    OVERDUE,
    /** Ship-by within the next hours asked for. */
    DUE_SOON,
    /** Not overdue yet, but at the current pace it will ship after its ship-by. */
    AT_RISK
}

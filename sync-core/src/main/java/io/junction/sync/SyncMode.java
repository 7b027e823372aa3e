package io.junction.sync;

/** Why a sync job reads a window. */
public enum SyncMode {
    /** From the watermark to now: the watermark moves once every page is committed. */
    INCREMENTAL,
    /** A date range a person asked for again: fills gaps, never moves the watermark. */
    BACKFILL
}

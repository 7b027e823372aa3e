package io.junction.handover;

import java.util.List;

/**
 * A batch as the station shows it.
 *
 * @param waiting parcels of its carrier shipped lately that are in no batch yet: still due
 */
public record HandoverBatch(Handover handover, List<HandoverParcel> parcels, int waiting) {

    /** Parcels scanned in. */
    public int count() {
        return parcels.size();
    }

    /** What is due: the parcels in it and those still waiting. */
    public int due() {
        return parcels.size() + waiting;
    }

    public int totalWeightGrams() {
        return parcels.stream().mapToInt(HandoverParcel::weightGrams).sum();
    }
}

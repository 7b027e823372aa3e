package io.junction.carriers.fourpx;

import io.junction.logistics.ParcelRequest;

/** The named requests of the 4PX tests, for the simulator's tests in another package. */
public final class FourPxContractTestAccess {

    private FourPxContractTestAccess() {}

    /** A mug for Anna in Berlin under {@code reference}, shipped with {@code product}. */
    public static ParcelRequest mug(String reference, String product) {
        ParcelRequest mug = FourPxCarrierAdapterTest.mugForAnna(reference);
        return new ParcelRequest(reference, product, mug.weightGrams(), mug.recipient(), mug.currency(), mug.items());
    }
}

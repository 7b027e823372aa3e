package io.junction.logistics;

import io.junction.outcome.RemoteOutcome;
import java.util.List;
import java.util.Optional;

/**
 * One carrier, as sync-core sees it. A pre-advice reserves prepaid freight, so every operation
 * reports an honest {@link RemoteOutcome}: an unknown outcome is resolved with
 * {@link #findParcel}, never by creating again.
 */
public interface CarrierAdapter {

    /** The carrier code this adapter serves, as stored in {@code lgs_carrier_account.carrier} (e.g. {@code YUNEXPRESS}). */
    String carrier();

    /**
     * The credential keys a carrier account must have (YunExpress: customerCode, apiSecret), as
     * {@link io.junction.channel.ChannelConnector#credentialKeys()} names a shop's.
     */
    default List<String> credentialKeys() {
        return List.of();
    }

    /**
     * Pre-advises one parcel. {@link ParcelRequest#reference()} is sent as the carrier's customer
     * order number; a carrier that already holds that reference rejects or returns it, never
     * creates a second parcel.
     */
    RemoteOutcome<Parcel> createParcel(CarrierAccess account, ParcelRequest request);

    /**
     * Looks a parcel up by our reference: succeeded with the parcel, succeeded with empty when the
     * carrier has none, unknown when the carrier could not be asked.
     */
    RemoteOutcome<Optional<Parcel>> findParcel(CarrierAccess account, String reference);

    /** The carrier's label for a parcel, as PDF bytes. */
    RemoteOutcome<byte[]> label(CarrierAccess account, Parcel parcel);

    /**
     * Cancels a parcel we no longer want, giving back its prepaid freight: succeeded when the
     * carrier cancelled it, or already had, or holds no such parcel any more; rejected with the
     * carrier's reason when it refuses (typically: already received or in transit); unknown when
     * it may or may not have cancelled (resolve with {@link #findParcel}, not by cancelling blind).
     */
    RemoteOutcome<Void> cancelParcel(CarrierAccess account, Parcel parcel);
}

package io.junction.logistics;

import io.junction.outcome.RemoteOutcome;
import java.util.List;
import java.util.Optional;

/**
 * One carrier, as sync-core sees it. A pre-advice reserves prepaid freight, so every operation
 * reports an honest {@link RemoteOutcome}: an unknown outcome is resolved with
 * {@link #findParcel}, never by creating again.
 *
 * <p>Every carrier creates, finds, labels and cancels parcels. Tracking, intercepting a parcel the
 * carrier already holds, correcting a parcel's weight and quoting freight are optional: a carrier without them keeps
 * the default, which answers {@link RemoteOutcome.Rejected} with the code {@link #NOT_SUPPORTED}
 * without calling anyone (see {@link #supports(Operation)}).
 */
public interface CarrierAdapter {

    /** The rejection code of an operation this carrier does not offer; nothing was sent. */
    String NOT_SUPPORTED = "NOT_SUPPORTED";

    /** The optional operations, for {@link #supports(Operation)}. */
    enum Operation {
        /** {@link #track}. */
        TRACK,
        /** {@link #interceptParcel}. */
        INTERCEPT,
        /** {@link #updateWeight}. */
        UPDATE_WEIGHT,
        /** {@link #quote}. */
        QUOTE
    }

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

    /**
     * Whether this carrier offers an optional operation; the default {@code false} matches the
     * defaults below, and an adapter that overrides one of them overrides this too.
     */
    default boolean supports(Operation operation) {
        return false;
    }

    /**
     * Where the parcel is: its normalised status and the carrier's events, oldest first, each with
     * the carrier's own text. Succeeded with no events while the carrier has only the pre-advice;
     * rejected when the carrier knows no such parcel or refuses; unknown when it could not be asked.
     * Read-only, so a caller may simply ask again later (a polling relay does, within the carrier
     * account's call limits). The parcel is named by its numbers as {@link #createParcel} returned
     * them; a carrier tracks by whichever it prefers.
     */
    default RemoteOutcome<ParcelTracking> track(CarrierAccess account, Parcel parcel) {
        return notSupported("tracking");
    }

    /**
     * Asks the carrier to stop a parcel it already holds (received at its depot or on its way) and
     * send it back, for when {@link #cancelParcel} is refused because it is too late to cancel.
     * Succeeded when the carrier accepted the intercept request (the parcel will come back; the
     * freight is usually charged); rejected with the carrier's reason (e.g. already delivered,
     * already out of the country); unknown when it may or may not have registered it: asking
     * again is harmless (an intercept reserves nothing), and a carrier that already holds the
     * request says so.
     *
     * @param reason why, in words the carrier's staff read (sent as the carrier's remark)
     */
    default RemoteOutcome<Void> interceptParcel(CarrierAccess account, Parcel parcel, String reason) {
        return notSupported("intercepting a parcel");
    }

    /**
     * Corrects the weight the parcel was pre-advised with (before the carrier weighs it itself).
     * Succeeded when the carrier took the new weight; rejected with its reason (e.g. already
     * weighed at the depot); unknown when it may or may not have: sending the same weight again
     * is harmless.
     */
    default RemoteOutcome<Void> updateWeight(CarrierAccess account, Parcel parcel, int weightGrams) {
        return notSupported("updating the weight");
    }

    /**
     * What the carrier would charge to carry a parcel: one {@link FreightQuote} per product it offers for
     * the destination (only {@link QuoteRequest#serviceCode()} when one is named), each priced or refused
     * with the carrier's reason. Read-only and free: nothing is booked, so asking again is harmless.
     * Rejected when the carrier refuses the request as a whole (bad country, bad weight, bad credentials);
     * unknown when it could not be asked. A failure is never a zero price.
     */
    default RemoteOutcome<List<FreightQuote>> quote(CarrierAccess account, QuoteRequest request) {
        return notSupported("freight quotes");
    }

    /** The rejection an optional operation answers when this carrier does not offer it. */
    default <T> RemoteOutcome<T> notSupported(String operation) {
        return RemoteOutcome.rejected(NOT_SUPPORTED, carrier() + " does not support " + operation);
    }
}

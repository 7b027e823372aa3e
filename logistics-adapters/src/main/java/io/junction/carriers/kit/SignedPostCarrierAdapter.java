package io.junction.carriers.kit;

import static io.junction.carriers.kit.CarrierReply.read;

import io.junction.logistics.CarrierAccess;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.outcome.RemoteOutcome;
import java.util.Optional;

/**
 * The adapter of a carrier whose every call is a signed POST naming its method ({@link SignedPostClient}: 4PX's
 * FOP, Yanwen): creating, finding and cancelling a parcel are each one call of the carrier's method and one
 * translation. A create is never sent twice: a reference refused as taken adopts the parcel the carrier holds; a
 * cancel of a number the carrier does not know is settled with a lookup. A carrier's adapter names its methods
 * and adds its other operations.
 *
 * @param <C> the carrier's client
 * @param <T> the carrier's translator
 */
public abstract class SignedPostCarrierAdapter<
                C extends SignedPostClient, T extends SignedPostCarrierAdapter.Translator>
        extends AbstractCarrierAdapter {

    /** What the translator of a signed-POST carrier makes of creating, finding and cancelling a parcel. */
    public interface Translator {

        /** Our code for a parcel refused because the carrier already holds our reference. */
        String DUPLICATE_REFERENCE = "DUPLICATE_REFERENCE";

        /** Our code for a cancel (or hold) refused because the carrier holds no such parcel. */
        String NO_SUCH_ORDER = "NO_SUCH_ORDER";

        String createOrderBody(ParcelRequest request);

        /** What the create did: the parcel, a rejection ({@link #DUPLICATE_REFERENCE} when the reference is taken), or unknown. */
        RemoteOutcome<Parcel> createOrderOutcome(String reference, CarrierReply reply);

        String lookupBody(String reference);

        /** The parcel held under our reference; none when the carrier holds none, or only a cancelled one. */
        RemoteOutcome<Optional<Parcel>> lookupOutcome(String reference, CarrierReply reply);

        String cancelBody(Parcel parcel);

        /** What the cancel did: succeeded when cancelled now or already; {@link #NO_SUCH_ORDER} when unknown. */
        RemoteOutcome<Void> cancelOutcome(CarrierReply reply);

        /** The number the carrier knows the parcel by. */
        String carrierNumber(Parcel parcel);
    }

    /**
     * The carrier's methods for the three calls.
     *
     * @param create books a parcel
     * @param lookup finds the parcel held under our reference
     * @param cancel cancels a parcel
     */
    public record Methods(String create, String lookup, String cancel) {}

    protected final C client;
    protected final T translator;
    private final Methods methods;

    /**
     * @param carrier the carrier code, as stored in {@code lgs_carrier_account.carrier}
     * @param carrierName how messages name the carrier ("4PX")
     * @param credentialKeys the keys of an account's credentials, as its client reads them
     */
    protected SignedPostCarrierAdapter(
            String carrier, String carrierName, C client, T translator, Methods methods, String... credentialKeys) {
        super(carrier, carrierName, credentialKeys);
        this.client = client;
        this.translator = translator;
        this.methods = methods;
    }

    /** The create method; when the carrier already holds the reference, its parcel instead of a second. */
    @Override
    public RemoteOutcome<Parcel> createParcel(CarrierAccess account, ParcelRequest request) {
        RemoteOutcome<Parcel> created = read(
                client.call(account, methods.create(), translator.createOrderBody(request)),
                reply -> translator.createOrderOutcome(request.reference(), reply));
        return adoptingDuplicate(account, request.reference(), created, Translator.DUPLICATE_REFERENCE);
    }

    /** The lookup method by our reference; a cancelled parcel counts as none. */
    @Override
    public RemoteOutcome<Optional<Parcel>> findParcel(CarrierAccess account, String reference) {
        return read(
                client.call(account, methods.lookup(), translator.lookupBody(reference)),
                reply -> translator.lookupOutcome(reference, reply));
    }

    /**
     * The cancel method. The carrier saying it knows no such parcel is checked with a lookup by our reference:
     * nothing held is a success, a parcel still held a refusal.
     */
    @Override
    public RemoteOutcome<Void> cancelParcel(CarrierAccess account, Parcel parcel) {
        RemoteOutcome<Void> cancelled =
                read(client.call(account, methods.cancel(), translator.cancelBody(parcel)), translator::cancelOutcome);
        return checkingUnknownNumber(
                account, parcel, translator.carrierNumber(parcel), cancelled, Translator.NO_SUCH_ORDER);
    }
}

package io.junction.carriers.fourpx;

import static io.junction.carriers.kit.CarrierReply.read;

import io.junction.carriers.kit.CarrierHttp;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelTracking;
import io.junction.outcome.RemoteOutcome;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * 4PX (递四方) through its FOP open API, in the shape of the YunExpress reference: each operation is
 * one client call and one translation. It never sends {@code ds.xms.order.create} twice; when 4PX
 * refuses our reference as taken, it adopts the consignment 4PX already holds. Offers tracking and
 * intercepting ({@code ds.xms.order.hold}); not the weight update (FOP has no such call we know of).
 */
public class FourPxCarrierAdapter implements CarrierAdapter {

    /** The carrier code, as stored in {@code lgs_carrier_account.carrier}. */
    public static final String CARRIER = "FOURPX";

    static final String CREATE = "ds.xms.order.create";
    static final String GET = "ds.xms.order.get";
    static final String LABEL = "ds.xms.label.get";
    static final String CANCEL = "ds.xms.order.cancel";
    static final String HOLD = "ds.xms.order.hold";
    static final String TRACKING = "tr.order.tracking.get";

    private final FourPxClient client;
    private final FourPxTranslator translator;

    /**
     * @param properties time-outs and 4PX's UNCONFIRMED facts
     * @param http shared OkHttp client; a copy is made with our time-outs and without silent retries
     */
    public FourPxCarrierAdapter(FourPxProperties properties, OkHttpClient http) {
        this(properties, http, Clock.systemUTC());
    }

    /** With the clock the request timestamps are read from. */
    public FourPxCarrierAdapter(FourPxProperties properties, OkHttpClient http, Clock clock) {
        this(properties, http, clock, CarrierQuota.unlimited());
    }

    /** With the clock, and the limits every node's calls for one account share. */
    public FourPxCarrierAdapter(FourPxProperties properties, OkHttpClient http, Clock clock, CarrierQuota quota) {
        OkHttpClient tuned = CarrierHttp.tuned(
                http, properties.connectTimeout(), properties.readTimeout(), properties.callTimeout());
        this.client = new FourPxClient(tuned, quota, clock, properties.apiVersion(), properties.language());
        this.translator = new FourPxTranslator(properties);
    }

    @Override
    public String carrier() {
        return CARRIER;
    }

    @Override
    public List<String> credentialKeys() {
        return List.of(FourPxClient.APP_KEY, FourPxClient.APP_SECRET);
    }

    @Override
    public boolean supports(Operation operation) {
        return operation == Operation.TRACK || operation == Operation.INTERCEPT;
    }

    @Override
    public RemoteOutcome<Parcel> createParcel(CarrierAccess account, ParcelRequest request) {
        RemoteOutcome<Parcel> created = read(
                client.call(account, CREATE, translator.createOrderBody(request)),
                reply -> translator.createOrderOutcome(request.reference(), reply));
        if (created instanceof RemoteOutcome.Rejected<Parcel> rejected
                && FourPxTranslator.DUPLICATE_REFERENCE.equals(rejected.code())) {
            return adoptExisting(account, request.reference(), rejected);
        }
        return created;
    }

    /** 4PX already holds the reference: hand back its consignment instead of creating a second. */
    private RemoteOutcome<Parcel> adoptExisting(
            CarrierAccess account, String reference, RemoteOutcome.Rejected<Parcel> duplicate) {
        RemoteOutcome<Optional<Parcel>> found = findParcel(account, reference);
        if (found instanceof RemoteOutcome.Succeeded<Optional<Parcel>> s) {
            return s.value()
                    .<RemoteOutcome<Parcel>>map(RemoteOutcome::succeeded)
                    .orElse(duplicate);
        }
        if (found instanceof RemoteOutcome.Rejected<Optional<Parcel>> r) {
            return RemoteOutcome.rejected(r.code(), r.message());
        }
        return RemoteOutcome.unknown("4PX holds " + reference + " already but the lookup failed: " + found.describe());
    }

    /** {@code ds.xms.order.get} by our reference; a cancelled consignment counts as none. */
    @Override
    public RemoteOutcome<Optional<Parcel>> findParcel(CarrierAccess account, String reference) {
        return read(
                client.call(account, GET, translator.lookupBody(reference)),
                reply -> translator.lookupOutcome(reference, reply));
    }

    /** {@code ds.xms.label.get} for a PDF, then the file at the URL it gives. */
    @Override
    public RemoteOutcome<byte[]> label(CarrierAccess account, Parcel parcel) {
        RemoteOutcome<String> url =
                read(client.call(account, LABEL, translator.labelBody(parcel)), translator::labelUrlOutcome);
        if (!(url instanceof RemoteOutcome.Succeeded<String> located)) {
            return url.map(u -> null);
        }
        return client.download(located.value());
    }

    /**
     * {@code ds.xms.order.cancel}. 4PX saying it knows no such consignment is checked with a lookup by
     * our reference: nothing held is a success, a consignment still held a refusal.
     */
    @Override
    public RemoteOutcome<Void> cancelParcel(CarrierAccess account, Parcel parcel) {
        RemoteOutcome<Void> cancelled =
                read(client.call(account, CANCEL, translator.cancelBody(parcel)), translator::cancelOutcome);
        if (cancelled instanceof RemoteOutcome.Rejected<Void> refused
                && FourPxTranslator.NO_SUCH_ORDER.equals(refused.code())) {
            RemoteOutcome<Optional<Parcel>> found = findParcel(account, parcel.reference());
            if (found instanceof RemoteOutcome.Succeeded<Optional<Parcel>> s) {
                return s.value().isEmpty() ? RemoteOutcome.succeeded(null) : refused;
            }
            return RemoteOutcome.unknown("4PX knows no " + FourPxTranslator.requestNo(parcel) + " but the lookup of "
                    + parcel.reference() + " failed");
        }
        return cancelled;
    }

    /** {@code ds.xms.order.hold} with {@code is_hold} "Y": 4PX stops the parcel where it is and returns it. */
    @Override
    public RemoteOutcome<Void> interceptParcel(CarrierAccess account, Parcel parcel, String reason) {
        return read(client.call(account, HOLD, translator.holdBody(parcel, reason)), translator::holdOutcome);
    }

    /** {@code tr.order.tracking.get} by 4PX's tracking number. */
    @Override
    public RemoteOutcome<ParcelTracking> track(CarrierAccess account, Parcel parcel) {
        return read(
                client.call(account, TRACKING, translator.trackingBody(parcel)),
                reply -> translator.trackingOutcome(parcel, reply));
    }
}

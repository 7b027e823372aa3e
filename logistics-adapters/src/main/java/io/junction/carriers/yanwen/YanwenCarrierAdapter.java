package io.junction.carriers.yanwen;

import static io.junction.carriers.kit.CarrierReply.read;

import io.junction.carriers.kit.CarrierHttp;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.kit.SignedPostCarrierAdapter;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelTracking;
import io.junction.outcome.RemoteOutcome;
import java.time.Clock;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Yanwen (燕文) through its open API, in the shape of the YunExpress reference: each operation is one
 * client call and one translation. It never sends {@code express.order.create} twice; when Yanwen
 * refuses our order number as taken, it adopts the order Yanwen already holds. Tracking reads the
 * order's status ({@code express.order.getlist}); no intercept, no weight update.
 */
public class YanwenCarrierAdapter extends SignedPostCarrierAdapter<YanwenClient, YanwenTranslator> {

    /** The carrier code, as stored in {@code lgs_carrier_account.carrier}. */
    public static final String CARRIER = "YANWEN";

    // Yanwen's method names, which the simulator answers too
    public static final String CREATE = "express.order.create";
    public static final String LIST = "express.order.getlist";
    public static final String LABEL = "express.order.label.get";
    public static final String CANCEL = "express.order.cancel";

    /**
     * @param properties time-outs and Yanwen's UNCONFIRMED facts
     * @param http shared OkHttp client; a copy is made with our time-outs and without silent retries
     */
    public YanwenCarrierAdapter(YanwenProperties properties, OkHttpClient http) {
        this(properties, http, Clock.systemUTC(), CarrierQuota.unlimited());
    }

    /** With the clock the request timestamps are read from, and the limits every node's calls for one account share. */
    public YanwenCarrierAdapter(YanwenProperties properties, OkHttpClient http, Clock clock, CarrierQuota quota) {
        super(
                CARRIER,
                "Yanwen",
                new YanwenClient(CarrierHttp.tuned(http, properties), quota, clock),
                new YanwenTranslator(properties),
                new Methods(CREATE, LIST, CANCEL),
                YanwenClient.USER_ID,
                YanwenClient.API_TOKEN);
    }

    @Override
    public boolean supports(Operation operation) {
        return operation == Operation.TRACK;
    }

    /** Nothing is sent when Yanwen could not take the order as it is (too many products). */
    @Override
    public RemoteOutcome<Parcel> createParcel(CarrierAccess account, ParcelRequest request) {
        Optional<RemoteOutcome.Rejected<Parcel>> cannot = translator.refusedBeforeSending(request);
        if (cannot.isPresent()) {
            return cannot.get();
        }
        return super.createParcel(account, request);
    }

    /** {@code express.order.label.get}: the PDF comes inline, as Base64. */
    @Override
    public RemoteOutcome<byte[]> label(CarrierAccess account, Parcel parcel) {
        return read(client.call(account, LABEL, translator.labelBody(parcel)), translator::labelOutcome);
    }

    /** The order's status from {@code express.order.getlist} by its waybill number (no events: see the translator). */
    @Override
    public RemoteOutcome<ParcelTracking> track(CarrierAccess account, Parcel parcel) {
        return read(
                client.call(account, LIST, translator.lookupBody(YanwenTranslator.waybill(parcel))),
                reply -> translator.trackingOutcome(parcel, reply));
    }
}

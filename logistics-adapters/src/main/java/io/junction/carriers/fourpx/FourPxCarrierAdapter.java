package io.junction.carriers.fourpx;

import static io.junction.carriers.kit.CarrierReply.read;

import io.junction.carriers.kit.CarrierHttp;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.kit.SignedPostCarrierAdapter;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.FreightQuote;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelTracking;
import io.junction.logistics.QuoteRequest;
import io.junction.outcome.RemoteOutcome;
import java.time.Clock;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * 4PX (递四方) through its FOP open API, in the shape of the YunExpress reference: each operation is
 * one client call and one translation. It never sends {@code ds.xms.order.create} twice; when 4PX
 * refuses our reference as taken, it adopts the consignment 4PX already holds. Offers tracking and
 * intercepting ({@code ds.xms.order.hold}) and freight estimates; not the weight update (FOP has no such call we know of).
 */
public class FourPxCarrierAdapter extends SignedPostCarrierAdapter<FourPxClient, FourPxTranslator> {

    /** The carrier code, as stored in {@code lgs_carrier_account.carrier}. */
    public static final String CARRIER = "FOURPX";

    // FOP's method names, which the simulator answers too
    public static final String CREATE = "ds.xms.order.create";
    public static final String GET = "ds.xms.order.get";
    public static final String LABEL = "ds.xms.label.get";
    public static final String CANCEL = "ds.xms.order.cancel";
    public static final String HOLD = "ds.xms.order.hold";
    public static final String TRACKING = "tr.order.tracking.get";

    private final String quoteMethod;

    /**
     * @param properties time-outs and 4PX's UNCONFIRMED facts
     * @param http shared OkHttp client; a copy is made with our time-outs and without silent retries
     */
    public FourPxCarrierAdapter(FourPxProperties properties, OkHttpClient http) {
        this(properties, http, Clock.systemUTC(), CarrierQuota.unlimited());
    }

    /** With the clock the request timestamps are read from, and the limits every node's calls for one account share. */
    public FourPxCarrierAdapter(FourPxProperties properties, OkHttpClient http, Clock clock, CarrierQuota quota) {
        super(
                CARRIER,
                "4PX",
                new FourPxClient(
                        CarrierHttp.tuned(http, properties),
                        quota,
                        clock,
                        properties.apiVersion(),
                        properties.language()),
                new FourPxTranslator(properties),
                new Methods(CREATE, GET, CANCEL),
                FourPxClient.APP_KEY,
                FourPxClient.APP_SECRET);
        this.quoteMethod = properties.quoteMethod();
    }

    @Override
    public boolean supports(Operation operation) {
        return operation == Operation.TRACK || operation == Operation.INTERCEPT || operation == Operation.QUOTE;
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

    /**
     * FOP's estimated-cost call (its name the setting {@code quote-method}, UNCONFIRMED as are its shapes):
     * each product 4PX offers for the destination and weight, with its cost and lead time. Read-only.
     */
    @Override
    public RemoteOutcome<List<FreightQuote>> quote(CarrierAccess account, QuoteRequest request) {
        return read(
                client.call(account, quoteMethod, translator.estimatedCostBody(request)),
                reply -> translator.quoteOutcome(request, reply));
    }
}

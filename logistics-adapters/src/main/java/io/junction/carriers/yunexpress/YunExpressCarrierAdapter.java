package io.junction.carriers.yunexpress;

import io.junction.carriers.kit.CarrierQuota;
import io.junction.carriers.yunexpress.YunExpressClient.Reply;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelTracking;
import io.junction.outcome.RemoteOutcome;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * YunExpress (云途) as a {@link CarrierAdapter}, and the reference implementation for carriers:
 * each operation is one client call and one translation. The adapter never sends CreateOrder
 * twice; the only thing it adds is adopting the parcel YunExpress already holds when it refuses a
 * reference as a duplicate.
 */
public class YunExpressCarrierAdapter implements CarrierAdapter {

    /** The carrier code, as stored in {@code lgs_carrier_account.carrier}. */
    public static final String CARRIER = "YUNEXPRESS";

    static final String CREATE_ORDER = "WayBill/CreateOrder";
    static final String GET_TRACKING_NUMBER = "Waybill/GetTrackingNumber";
    static final String LABEL_PRINT = "Label/Print";
    static final String DELETE = "WayBill/Delete";
    static final String TRACK_INFO = "Tracking/GetTrackInfo";
    static final String INTERCEPT = "WayBill/Intercept";
    static final String UPDATE_WEIGHT = "WayBill/UpdateWeight";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final YunExpressClient client;
    private final YunExpressTranslator translator;

    /**
     * @param properties time-outs for every call
     * @param http shared OkHttp client; a copy is made with our time-outs and with OkHttp's silent
     *     retry on connection failure turned off, so a sent pre-advice is never sent again unseen
     */
    public YunExpressCarrierAdapter(YunExpressProperties properties, OkHttpClient http) {
        this(properties, http, CarrierQuota.unlimited());
    }

    /** With the limits every node's calls for one account share. */
    public YunExpressCarrierAdapter(YunExpressProperties properties, OkHttpClient http, CarrierQuota quota) {
        OkHttpClient tuned = http.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.readTimeout())
                .writeTimeout(properties.readTimeout())
                .callTimeout(properties.callTimeout())
                .retryOnConnectionFailure(false)
                .build();
        this.client = new YunExpressClient(tuned, quota);
        this.translator = new YunExpressTranslator(properties);
    }

    @Override
    public String carrier() {
        return CARRIER;
    }

    @Override
    public List<String> credentialKeys() {
        return List.of(YunExpressClient.CUSTOMER_CODE, YunExpressClient.API_SECRET);
    }

    @Override
    public RemoteOutcome<Parcel> createParcel(CarrierAccess account, ParcelRequest request) {
        RemoteOutcome<Parcel> created = read(
                client.post(account, CREATE_ORDER, translator.createOrderBody(request)),
                reply -> translator.createOrderOutcome(request.reference(), reply));
        if (created instanceof RemoteOutcome.Rejected<Parcel> rejected
                && YunExpressTranslator.DUPLICATE_REFERENCE.equals(rejected.code())) {
            return adoptExisting(account, request.reference(), rejected);
        }
        return created;
    }

    /** YunExpress already holds the reference: hand back its parcel instead of creating a second. */
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
        return RemoteOutcome.unknown("YunExpress holds " + reference + " already but the lookup failed: "
                + ((RemoteOutcome.Unknown<Optional<Parcel>>) found).cause());
    }

    @Override
    public RemoteOutcome<Optional<Parcel>> findParcel(CarrierAccess account, String reference) {
        return read(
                client.get(account, GET_TRACKING_NUMBER, Map.of("CustomerOrderNumber", reference)),
                reply -> translator.lookupOutcome(reference, reply));
    }

    @Override
    public RemoteOutcome<byte[]> label(CarrierAccess account, Parcel parcel) {
        RemoteOutcome<String> url = read(
                client.post(account, LABEL_PRINT, translator.labelPrintBody(parcel)),
                reply -> translator.labelUrlOutcome(parcel, reply));
        if (!(url instanceof RemoteOutcome.Succeeded<String> located)) {
            return url.map(u -> null);
        }
        RemoteOutcome<byte[]> pdf = client.download(account, located.value());
        if (pdf instanceof RemoteOutcome.Succeeded<byte[]> bytes && !isPdf(bytes.value())) {
            return RemoteOutcome.unknown("the label file at " + located.value() + " is not a PDF");
        }
        return pdf;
    }

    /**
     * {@code POST WayBill/Delete}. YunExpress saying it knows no such number is checked with a lookup
     * by our reference: nothing held under it is a success (nothing stands), a parcel still held is
     * a refusal; a failed lookup leaves the outcome unknown.
     */
    @Override
    public RemoteOutcome<Void> cancelParcel(CarrierAccess account, Parcel parcel) {
        RemoteOutcome<Void> deleted = read(
                client.post(account, DELETE, translator.deleteBody(parcel)),
                reply -> translator.deleteOutcome(parcel, reply));
        if (deleted instanceof RemoteOutcome.Rejected<Void> refused
                && YunExpressTranslator.NO_SUCH_ORDER.equals(refused.code())) {
            RemoteOutcome<Optional<Parcel>> found = findParcel(account, parcel.reference());
            if (found instanceof RemoteOutcome.Succeeded<Optional<Parcel>> s) {
                return s.value().isEmpty() ? RemoteOutcome.succeeded(null) : refused;
            }
            return RemoteOutcome.unknown("YunExpress knows no " + YunExpressTranslator.labelNumber(parcel)
                    + " but the lookup of " + parcel.reference() + " failed");
        }
        return deleted;
    }

    /** YunExpress offers every optional operation. */
    @Override
    public boolean supports(Operation operation) {
        return true;
    }

    /** {@code GET Tracking/GetTrackInfo?OrderNumber=} with the tracking number (else waybill, else our reference). */
    @Override
    public RemoteOutcome<ParcelTracking> track(CarrierAccess account, Parcel parcel) {
        return read(
                client.get(account, TRACK_INFO, Map.of("OrderNumber", YunExpressTranslator.trackingNumber(parcel))),
                reply -> translator.trackingOutcome(parcel, reply));
    }

    /**
     * {@code POST WayBill/Intercept}: YunExpress stops a parcel it already holds and returns it (for a
     * parcel WayBill/Delete refuses because the depot has it). UNCONFIRMED shapes: see the module README.
     */
    @Override
    public RemoteOutcome<Void> interceptParcel(CarrierAccess account, Parcel parcel, String reason) {
        return read(
                client.post(account, INTERCEPT, translator.interceptBody(parcel, reason)),
                reply -> translator.changeOutcome(reply, YunExpressTranslator.INTERCEPT_REFUSED));
    }

    /** {@code POST WayBill/UpdateWeight} with the new weight in kg. UNCONFIRMED shapes: see the module README. */
    @Override
    public RemoteOutcome<Void> updateWeight(CarrierAccess account, Parcel parcel, int weightGrams) {
        return read(
                client.post(account, UPDATE_WEIGHT, translator.updateWeightBody(parcel, weightGrams)),
                reply -> translator.changeOutcome(reply, YunExpressTranslator.WEIGHT_REFUSED));
    }

    /** What YunExpress's answer means, or the call's own outcome when no answer came or it was never sent. */
    private static <T> RemoteOutcome<T> read(RemoteOutcome<Reply> sent, Function<Reply, RemoteOutcome<T>> translate) {
        if (sent instanceof RemoteOutcome.Succeeded<Reply> reply) {
            return translate.apply(reply.value());
        }
        return sent.map(r -> null);
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length >= PDF_MAGIC.length
                && Arrays.equals(bytes, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }
}

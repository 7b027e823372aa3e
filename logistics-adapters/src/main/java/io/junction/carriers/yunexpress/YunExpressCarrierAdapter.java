package io.junction.carriers.yunexpress;

import static io.junction.carriers.kit.CarrierReply.read;

import io.junction.carriers.kit.AbstractCarrierAdapter;
import io.junction.carriers.kit.CarrierHttp;
import io.junction.carriers.kit.CarrierQuota;
import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.logistics.FreightQuote;
import io.junction.logistics.Parcel;
import io.junction.logistics.ParcelRequest;
import io.junction.logistics.ParcelTracking;
import io.junction.logistics.QuoteRequest;
import io.junction.outcome.RemoteOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * YunExpress (云途) as a {@link CarrierAdapter}, and the reference implementation for carriers:
 * each operation is one client call and one translation. The adapter never sends CreateOrder
 * twice; the only thing it adds is adopting the parcel YunExpress already holds when it refuses a
 * reference as a duplicate.
 */
public class YunExpressCarrierAdapter extends AbstractCarrierAdapter {

    /** The carrier code, as stored in {@code lgs_carrier_account.carrier}. */
    public static final String CARRIER = "YUNEXPRESS";

    static final String CREATE_ORDER = "WayBill/CreateOrder";
    static final String GET_TRACKING_NUMBER = "Waybill/GetTrackingNumber";
    static final String LABEL_PRINT = "Label/Print";
    static final String DELETE = "WayBill/Delete";
    static final String TRACK_INFO = "Tracking/GetTrackInfo";
    static final String INTERCEPT = "WayBill/Intercept";
    static final String UPDATE_WEIGHT = "WayBill/UpdateWeight";
    static final String PRICE_TRIAL = "Freight/GetPriceTrial";

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
        super(CARRIER, "YunExpress", YunExpressClient.CUSTOMER_CODE, YunExpressClient.API_SECRET);
        this.client = new YunExpressClient(CarrierHttp.tuned(http, properties), quota);
        this.translator = new YunExpressTranslator(properties);
    }

    @Override
    public RemoteOutcome<Parcel> createParcel(CarrierAccess account, ParcelRequest request) {
        RemoteOutcome<Parcel> created = read(
                client.post(account, CREATE_ORDER, translator.createOrderBody(request)),
                reply -> translator.createOrderOutcome(request.reference(), reply));
        return adoptingDuplicate(account, request.reference(), created, YunExpressTranslator.DUPLICATE_REFERENCE);
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
        if (pdf instanceof RemoteOutcome.Succeeded<byte[]> bytes && !CarrierHttp.isPdf(bytes.value())) {
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
        return checkingUnknownNumber(
                account, parcel, YunExpressTranslator.labelNumber(parcel), deleted, YunExpressTranslator.NO_SUCH_ORDER);
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

    /**
     * {@code GET Freight/GetPriceTrial} with country, weight, size and postcode: every product YunExpress
     * offers there with its total freight and transit days (read-only; nothing is booked). UNCONFIRMED
     * shapes and currency: see the module README.
     */
    @Override
    public RemoteOutcome<List<FreightQuote>> quote(CarrierAccess account, QuoteRequest request) {
        return read(
                client.get(account, PRICE_TRIAL, translator.priceTrialQuery(request)),
                reply -> translator.quoteOutcome(request, reply));
    }
}

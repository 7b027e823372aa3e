package io.junction.carriers.kit;

import io.junction.logistics.CarrierAccess;
import io.junction.logistics.CarrierAdapter;
import io.junction.logistics.Parcel;
import io.junction.outcome.RemoteOutcome;
import java.util.List;
import java.util.Optional;

/**
 * What every carrier's adapter does the same way around its own calls: it names its carrier and the
 * credential keys of an account, and it settles with a lookup by our reference the answers that leave
 * open whether a parcel stands: a reference refused as taken (the parcel already held is adopted, never
 * booked twice) and a cancel of a number the carrier does not know (nothing held is a success).
 */
public abstract class AbstractCarrierAdapter implements CarrierAdapter {

    private final String carrier;
    private final String carrierName;
    private final List<String> credentialKeys;

    /**
     * @param carrier the carrier code, as stored in {@code lgs_carrier_account.carrier}
     * @param carrierName how messages name the carrier ("4PX")
     * @param credentialKeys the keys of an account's credentials, as its client reads them
     */
    protected AbstractCarrierAdapter(String carrier, String carrierName, String... credentialKeys) {
        this.carrier = carrier;
        this.carrierName = carrierName;
        this.credentialKeys = List.of(credentialKeys);
    }

    @Override
    public String carrier() {
        return carrier;
    }

    @Override
    public List<String> credentialKeys() {
        return credentialKeys;
    }

    /**
     * {@code created}, unless the carrier refused our reference as taken ({@code duplicateCode}): then the
     * parcel it already holds under the reference, instead of creating a second.
     */
    protected RemoteOutcome<Parcel> adoptingDuplicate(
            CarrierAccess account, String reference, RemoteOutcome<Parcel> created, String duplicateCode) {
        if (!(created instanceof RemoteOutcome.Rejected<Parcel> duplicate && duplicateCode.equals(duplicate.code()))) {
            return created;
        }
        RemoteOutcome<Optional<Parcel>> found = findParcel(account, reference);
        if (found instanceof RemoteOutcome.Succeeded<Optional<Parcel>> s) {
            return s.value()
                    .<RemoteOutcome<Parcel>>map(RemoteOutcome::succeeded)
                    .orElse(duplicate);
        }
        if (found instanceof RemoteOutcome.Rejected<Optional<Parcel>> r) {
            return RemoteOutcome.rejected(r.code(), r.message());
        }
        return RemoteOutcome.unknown(
                carrierName + " holds " + reference + " already but the lookup failed: " + found.describe());
    }

    /**
     * {@code cancelled}, unless the carrier said it knows no {@code number} ({@code noSuchOrderCode}): then a
     * lookup by our reference decides, nothing held being a success, a parcel still held the refusal, and a
     * failed lookup unknown.
     */
    protected RemoteOutcome<Void> checkingUnknownNumber(
            CarrierAccess account,
            Parcel parcel,
            String number,
            RemoteOutcome<Void> cancelled,
            String noSuchOrderCode) {
        if (!(cancelled instanceof RemoteOutcome.Rejected<Void> refused && noSuchOrderCode.equals(refused.code()))) {
            return cancelled;
        }
        RemoteOutcome<Optional<Parcel>> found = findParcel(account, parcel.reference());
        if (found instanceof RemoteOutcome.Succeeded<Optional<Parcel>> s) {
            return s.value().isEmpty() ? RemoteOutcome.succeeded(null) : refused;
        }
        return RemoteOutcome.unknown(
                carrierName + " knows no " + number + " but the lookup of " + parcel.reference() + " failed");
    }
}

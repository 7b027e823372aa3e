package io.junction.logistics;

import io.junction.outcome.RemoteOutcome;
import io.junction.secret.Redaction;

/**
 * The carrier of a package's logistics method as one relayed attempt reaches it, step by step: its account, its
 * adapter, then its access. A step that fails leaves what was reached before it, so that the attempt's error still
 * names the carrier once its account was read, and masks the credentials once they were decrypted (a carrier's
 * refusal, or a failure, may echo the request and with it the account's credentials).
 */
final class ParcelCarrier {

    private String name = "the carrier";
    private Redaction redaction = Redaction.patternsOnly();
    private CarrierAdapter adapter;
    private CarrierAccess access;

    /** Reaches the carrier of {@code methodId}; a step that fails throws, keeping what was reached. */
    ParcelCarrier reach(Carriers carriers, long methodId) {
        CarrierAccount account = carriers.accountOf(methodId);
        name = account.carrier();
        adapter = carriers.adapter(account.carrier());
        access = carriers.access(account);
        redaction = Redaction.of(access.credentials());
        return this;
    }

    /** The carrier's code, or "the carrier" while its account is not read. */
    String name() {
        return name;
    }

    CarrierAdapter adapter() {
        return adapter;
    }

    CarrierAccess access() {
        return access;
    }

    /** The carrier's answer with the account's credentials masked. */
    <T> RemoteOutcome<T> masked(RemoteOutcome<T> answer) {
        return redaction.apply(answer);
    }

    /** What an unforeseen failure of the attempt said, the credentials masked. */
    String unexpected(RuntimeException failure) {
        return "unexpected error: " + redaction.apply(failure.getMessage());
    }
}

package io.junction.carriers.kit.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A carrier simulator's book: the parcels it booked, by our reference, in booking order. Thread-safe; a carrier's
 * book that checks and books in one step does so in a synchronized method of its own, under the same lock.
 *
 * @param <P> the carrier's booked parcel (consignment, order), a value replaced whenever its state changes
 */
public class BookedParcels<P> {

    private final String noun;
    private final Function<P, String> reference;
    private final Function<P, List<String>> numbers;
    private final UnaryOperator<P> received;
    private final Map<String, P> byReference = new LinkedHashMap<>();

    /**
     * @param noun what the carrier calls a parcel, for the error about a reference it does not hold
     * @param reference our reference of a parcel: the key it is booked under
     * @param numbers every number a parcel is known by, our reference first (null for one not given yet)
     * @param received the parcel as the depot has received it
     */
    public BookedParcels(
            String noun, Function<P, String> reference, Function<P, List<String>> numbers, UnaryOperator<P> received) {
        this.noun = noun;
        this.reference = reference;
        this.numbers = numbers;
        this.received = received;
    }

    /** True when a parcel is booked under {@code reference}, cancelled or not. */
    public synchronized boolean holds(String reference) {
        return byReference.containsKey(reference);
    }

    /** The parcel booked under {@code reference}, cancelled or not. */
    public synchronized Optional<P> byReference(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    /** The parcel our reference or one of the carrier's numbers points at, cancelled or not; none for no number. */
    public synchronized Optional<P> byAnyNumber(String number) {
        if (number == null) {
            return Optional.empty();
        }
        return byReference.values().stream()
                .filter(p -> numbers.apply(p).contains(number))
                .findFirst();
    }

    /** Books {@code parcel}, or puts its new state in place of the old one. */
    public synchronized void put(P parcel) {
        byReference.put(reference.apply(parcel), parcel);
    }

    /** Gives every parcel the state {@code change} returns for it. */
    public synchronized void replaceAll(UnaryOperator<P> change) {
        byReference.replaceAll((key, parcel) -> change.apply(parcel));
    }

    /** The depot received the parcel booked under {@code reference}. */
    public synchronized void receive(String reference) {
        P parcel = byReference.get(reference);
        if (parcel == null) {
            throw new IllegalArgumentException("no " + noun + " " + reference);
        }
        byReference.put(reference, received.apply(parcel));
    }

    /** Every parcel booked, in booking order. */
    public synchronized List<P> all() {
        return List.copyOf(byReference.values());
    }

    /** Our reference of every parcel booked, in booking order. */
    public synchronized List<String> references() {
        return byReference.values().stream().map(reference).toList();
    }

    /** The parcels booked under {@code reference}: never more than one, unless something is wrong. */
    public synchronized List<P> under(String reference) {
        return byReference.values().stream()
                .filter(p -> this.reference.apply(p).equals(reference))
                .toList();
    }

    /** Forgets every parcel. */
    public synchronized void clear() {
        byReference.clear();
    }
}

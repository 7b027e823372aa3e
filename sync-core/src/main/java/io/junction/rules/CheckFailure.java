package io.junction.rules;

/**
 * A check that holds an order, with the field at fault.
 *
 * @param check {@code address}, {@code duplicate} or {@code blacklist}: the history's actor is {@code check: <check>}
 * @param field the order's field at fault (shipPostalCode, shipPhone, buyerName, …)
 * @param reason why, in English, naming the value at fault
 */
public record CheckFailure(String check, String field, String reason) {

    public String actor() {
        return "check: " + check;
    }

    /** How the hold reads on the order: the field, then why. */
    public String text() {
        return field + ": " + reason;
    }
}

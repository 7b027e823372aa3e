package io.junction.rules;

import io.junction.order.Order;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checks that run with the rules and hold an order with the field at fault: the address (required
 * fields, the postal code's format, Latin script where the carrier needs it, a phone where the destination
 * needs one), duplicates (same shop, buyer and address within the window) and the blacklist. Pure: the
 * facts come loaded.
 */
public final class RuleChecks {

    private final RuleCheckSettings settings;

    public RuleChecks(RuleCheckSettings settings) {
        this.settings = settings;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Every check the order fails, in the order a person fixes them; empty when it passes. */
    public List<CheckFailure> check(OrderFacts facts, List<BlacklistEntry> blacklist) {
        List<CheckFailure> failures = new ArrayList<>();
        address(facts, failures);
        if (facts.duplicateOf() != null) {
            failures.add(new CheckFailure(
                    "duplicate",
                    "buyerName",
                    "same shop, buyer and address as order " + facts.duplicateOf() + " placed within "
                            + settings.duplicateWindow().toHours() + " h"));
        }
        blacklisted(facts.order(), blacklist, failures);
        return failures;
    }

    private void address(OrderFacts facts, List<CheckFailure> failures) {
        Order o = facts.order();
        required(failures, "shipName", o.shipName());
        required(failures, "shipLine1", o.shipLine1());
        required(failures, "shipCity", o.shipCity());
        String country = o.shipCountry();
        if (blank(country)) {
            failures.add(new CheckFailure("address", "shipCountry", "no destination country"));
            return;
        }
        PostalCodes.of(country).ifPresent(format -> {
            if (blank(o.shipPostalCode())) {
                failures.add(
                        new CheckFailure("address", "shipPostalCode", "no postal code (" + country + " needs one)"));
            } else if (!PostalCodes.fits(country, o.shipPostalCode())) {
                failures.add(new CheckFailure(
                        "address",
                        "shipPostalCode",
                        "postal code \"" + o.shipPostalCode() + "\" does not fit " + country + " (like "
                                + format.example() + ")"));
            }
        });
        if (settings.phoneRequiredCountries().contains(country.toUpperCase(java.util.Locale.ROOT))
                && (blank(o.shipPhone()) || o.shipPhone().replaceAll("\\D", "").isEmpty())) {
            failures.add(new CheckFailure("address", "shipPhone", "no phone (" + country + " needs one)"));
        }
        if (facts.methodCarrier() != null
                && settings.latinScriptCarriers().contains(facts.methodCarrier().toUpperCase(java.util.Locale.ROOT))) {
            Map<String, Function<Order, String>> fields = new java.util.LinkedHashMap<>();
            fields.put("shipName", Order::shipName);
            fields.put("shipLine1", Order::shipLine1);
            fields.put("shipLine2", Order::shipLine2);
            fields.put("shipCity", Order::shipCity);
            fields.put("shipState", Order::shipState);
            fields.forEach((field, value) -> {
                if (!latin(value.apply(o))) {
                    failures.add(new CheckFailure(
                            "address",
                            field,
                            "\"" + value.apply(o) + "\" is not in Latin script, which " + facts.methodCarrier()
                                    + " requires"));
                }
            });
        }
    }

    private static void blacklisted(Order o, List<BlacklistEntry> blacklist, List<CheckFailure> failures) {
        for (BlacklistEntry entry : blacklist) {
            String field;
            String value;
            switch (entry.kind()) {
                case BUYER, EMAIL -> {
                    field = "buyerName";
                    value = o.buyerName();
                }
                case ADDRESS -> {
                    field = "shipLine1";
                    value = o.shipLine1();
                }
                case PHONE -> {
                    field = "shipPhone";
                    value = o.shipPhone();
                }
                default -> throw new IllegalStateException(entry.kind().name());
            }
            if (entry.matches(value)) {
                failures.add(new CheckFailure(
                        "blacklist",
                        field,
                        "\"" + value + "\" is on the blacklist"
                                + (entry.note() == null ? "" : " (" + entry.note() + ")")));
            }
        }
    }

    private static void required(List<CheckFailure> failures, String field, String value) {
        if (blank(value)) {
            failures.add(new CheckFailure("address", field, "missing"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Letters of the Latin script, digits, punctuation and spaces only. */
    static boolean latin(String s) {
        return s == null
                || s.codePoints().allMatch(c -> switch (Character.UnicodeScript.of(c)) {
                    case LATIN, COMMON, INHERITED -> true;
                    default -> false;
                });
    }
}

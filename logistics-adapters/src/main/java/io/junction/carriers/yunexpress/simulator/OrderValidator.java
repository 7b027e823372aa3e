package io.junction.carriers.yunexpress.simulator;

import io.junction.carriers.kit.simulator.AddressRules;
import io.junction.carriers.yunexpress.dto.DeclaredItem;
import io.junction.carriers.yunexpress.dto.Order;
import io.junction.carriers.yunexpress.dto.Receiver;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The checks YunExpress makes on one CreateOrder order; the first problem found becomes its Remark. */
final class OrderValidator {

    private OrderValidator() {}

    static Optional<String> problem(Order order, Set<String> shippingMethods) {
        if (blank(order.customerOrderNumber())) {
            return Optional.of("CustomerOrderNumber is required");
        }
        if (blank(order.shippingMethodCode())) {
            return Optional.of("ShippingMethodCode is required");
        }
        if (!shippingMethods.contains(order.shippingMethodCode())) {
            return Optional.of(
                    "ShippingMethodCode " + order.shippingMethodCode() + " is not available for this customer");
        }
        if (order.weight() == null || order.weight().signum() <= 0) {
            return Optional.of("Weight must be greater than 0");
        }
        Optional<String> receiver = receiverProblem(order.receiver());
        if (receiver.isPresent()) {
            return receiver;
        }
        return itemsProblem(order.parcels());
    }

    private static Optional<String> receiverProblem(Receiver r) {
        if (r == null) {
            return Optional.of("Receiver is required");
        }
        if (blank(r.countryCode()) || !r.countryCode().matches("[A-Za-z]{2}")) {
            return Optional.of("Receiver CountryCode must be a two-letter ISO code");
        }
        if (blank(r.firstName()) && blank(r.lastName())) {
            return Optional.of("Receiver FirstName is required");
        }
        if (blank(r.street())) {
            return Optional.of("Receiver Street is required");
        }
        if (blank(r.city())) {
            return Optional.of("Receiver City is required");
        }
        String country = r.countryCode().toUpperCase(Locale.ROOT);
        if (AddressRules.checksPostcode(country) && blank(r.zip())) {
            return Optional.of("Receiver Zip is required for country " + country);
        }
        if (!AddressRules.postcodeFits(country, r.zip())) {
            return Optional.of("Receiver Zip '" + r.zip() + "' is not valid for country " + country);
        }
        for (String[] field : new String[][] {
            {"FirstName", r.firstName()}, {"LastName", r.lastName()}, {"Street", r.street()}, {"City", r.city()}
        }) {
            Optional<String> special = AddressRules.specialCharacter(field[1]);
            if (special.isPresent()) {
                return Optional.of("Receiver " + field[0] + " contains special characters: '" + special.get() + "'");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> itemsProblem(List<DeclaredItem> items) {
        if (items == null || items.isEmpty()) {
            return Optional.of("Parcels is required: declare at least one item");
        }
        for (int i = 0; i < items.size(); i++) {
            DeclaredItem item = items.get(i);
            if (blank(item.eName())) {
                return Optional.of("Parcels[" + i + "].EName is required");
            }
            if (item.quantity() == null || item.quantity() <= 0) {
                return Optional.of("Parcels[" + i + "].Quantity must be greater than 0");
            }
            if (item.unitPrice() == null || item.unitPrice().compareTo(BigDecimal.ZERO) <= 0) {
                return Optional.of("Parcels[" + i + "].UnitPrice must be greater than 0");
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package io.junction.carriers.yunexpress.simulator;

import io.junction.carriers.yunexpress.dto.DeclaredItem;
import io.junction.carriers.yunexpress.dto.Order;
import io.junction.carriers.yunexpress.dto.Receiver;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks YunExpress makes on one CreateOrder order; the first problem found becomes its Remark. */
final class OrderValidator {

    /** Postcode shapes of the countries we ship to most; other countries' postcodes are not checked. */
    private static final Map<String, Pattern> POSTCODES = Map.of(
            "US", Pattern.compile("\\d{5}(-\\d{4})?"),
            "GB", Pattern.compile("(?i)[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}"),
            "DE", Pattern.compile("\\d{5}"),
            "FR", Pattern.compile("\\d{5}"),
            "ES", Pattern.compile("\\d{5}"),
            "IT", Pattern.compile("\\d{5}"),
            "CA", Pattern.compile("(?i)[A-Z]\\d[A-Z] ?\\d[A-Z]\\d"),
            "AU", Pattern.compile("\\d{4}"),
            "JP", Pattern.compile("\\d{3}-?\\d{4}"));

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
        Pattern postcode = POSTCODES.get(country);
        if (postcode != null) {
            if (blank(r.zip())) {
                return Optional.of("Receiver Zip is required for country " + country);
            }
            if (!postcode.matcher(r.zip().trim()).matches()) {
                return Optional.of("Receiver Zip '" + r.zip() + "' is not valid for country " + country);
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

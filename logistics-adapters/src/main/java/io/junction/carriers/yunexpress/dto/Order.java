package io.junction.carriers.yunexpress.dto;

import io.junction.carriers.kit.CarrierJson;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One order of a {@code WayBill/CreateOrder} body (the body is a JSON array of these). Weights in kg. */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record Order(
        String customerOrderNumber,
        String shippingMethodCode,
        Integer packageCount,
        BigDecimal weight,
        Receiver receiver,
        List<DeclaredItem> parcels) {}

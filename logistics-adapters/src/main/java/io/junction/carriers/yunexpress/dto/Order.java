package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** One order of a {@code WayBill/CreateOrder} body (the body is a JSON array of these). Weights in kg. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Order(
        @JsonProperty("CustomerOrderNumber") String customerOrderNumber,
        @JsonProperty("ShippingMethodCode") String shippingMethodCode,
        @JsonProperty("PackageCount") Integer packageCount,
        @JsonProperty("Weight") BigDecimal weight,
        @JsonProperty("Receiver") Receiver receiver,
        @JsonProperty("Parcels") List<DeclaredItem> parcels) {}

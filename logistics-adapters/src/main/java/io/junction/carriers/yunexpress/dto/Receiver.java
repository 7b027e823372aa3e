package io.junction.carriers.yunexpress.dto;

import io.junction.carriers.kit.CarrierJson;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The {@code Receiver} of a CreateOrder order. */
@CarrierJson
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record Receiver(
        String countryCode,
        String firstName,
        String lastName,
        String company,
        String street,
        String city,
        String state,
        String zip,
        String phone,
        String email) {}

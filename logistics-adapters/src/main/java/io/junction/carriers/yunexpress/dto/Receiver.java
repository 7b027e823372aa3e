package io.junction.carriers.yunexpress.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code Receiver} of a CreateOrder order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Receiver(
        @JsonProperty("CountryCode") String countryCode,
        @JsonProperty("FirstName") String firstName,
        @JsonProperty("LastName") String lastName,
        @JsonProperty("Company") String company,
        @JsonProperty("Street") String street,
        @JsonProperty("City") String city,
        @JsonProperty("State") String state,
        @JsonProperty("Zip") String zip,
        @JsonProperty("Phone") String phone,
        @JsonProperty("Email") String email) {}

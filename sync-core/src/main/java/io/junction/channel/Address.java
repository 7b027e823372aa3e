package io.junction.channel;

/** A postal address as marketplaces and carriers both need it. */
public record Address(
        String name,
        String company,
        String line1,
        String line2,
        String city,
        String state,
        String postalCode,
        String countryCode,
        String phone) {}

package io.junction.order;

import io.junction.channel.Address;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A field of the ship-to address a person may edit, stored by its {@link #key()} (the Address component's name). */
public enum ShipToField {
    /** The recipient. */
    NAME("name", Address::name),
    COMPANY("company", Address::company),
    LINE1("line1", Address::line1),
    LINE2("line2", Address::line2),
    CITY("city", Address::city),
    STATE("state", Address::state),
    POSTAL_CODE("postalCode", Address::postalCode),
    COUNTRY_CODE("countryCode", Address::countryCode),
    PHONE("phone", Address::phone);

    private static final Map<String, ShipToField> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toMap(ShipToField::key, Function.identity()));

    private final String key;
    private final Function<Address, String> reader;

    ShipToField(String key, Function<Address, String> reader) {
        this.key = key;
        this.reader = reader;
    }

    public String key() {
        return key;
    }

    /** The field's value in {@code address}; null for a null address. */
    public String of(Address address) {
        return address == null ? null : reader.apply(address);
    }

    /** The field stored under {@code key}, or null when there is none. */
    public static ShipToField byKey(String key) {
        return BY_KEY.get(key);
    }

    /** {@code address} with this field set to {@code value}. */
    public Address with(Address address, String value) {
        Address a = address == null ? new Address(null, null, null, null, null, null, null, null, null) : address;
        return new Address(
                this == NAME ? value : a.name(),
                this == COMPANY ? value : a.company(),
                this == LINE1 ? value : a.line1(),
                this == LINE2 ? value : a.line2(),
                this == CITY ? value : a.city(),
                this == STATE ? value : a.state(),
                this == POSTAL_CODE ? value : a.postalCode(),
                this == COUNTRY_CODE ? value : a.countryCode(),
                this == PHONE ? value : a.phone());
    }
}

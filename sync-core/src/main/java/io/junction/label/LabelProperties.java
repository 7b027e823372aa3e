package io.junction.label;

import io.junction.channel.Address;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Junction's own label ({@code junction.label.*}).
 *
 * @param sender the return address printed on Junction's labels, and the country the CN22 names as origin
 */
@ConfigurationProperties("junction.label")
public record LabelProperties(@DefaultValue Sender sender) {

    /** The sender's address; its country decides whether a parcel is cross-border (and needs a CN22). */
    public record Sender(
            @DefaultValue("Junction Warehouse") String name,
            String company,
            @DefaultValue("1 Warehouse Road") String line1,
            String line2,
            @DefaultValue("Shenzhen") String city,
            @DefaultValue("Guangdong") String state,
            @DefaultValue("518000") String postalCode,
            @DefaultValue("CN") String countryCode,
            String phone) {

        public Address address() {
            return new Address(name, company, line1, line2, city, state, postalCode, countryCode, phone);
        }
    }
}

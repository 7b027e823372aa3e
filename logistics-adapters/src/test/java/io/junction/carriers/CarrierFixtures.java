package io.junction.carriers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded payloads of the carriers' tests, each carrier's in {@code io/junction/carriers/<carrier>/fixtures/}. */
public final class CarrierFixtures {

    private CarrierFixtures() {}

    /** The payload {@code name} of {@code carrier} (its folder's name, e.g. {@code fourpx}). */
    public static String fixture(String carrier, String name) {
        String path = "/io/junction/carriers/" + carrier + "/fixtures/" + name;
        try (InputStream in = CarrierFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

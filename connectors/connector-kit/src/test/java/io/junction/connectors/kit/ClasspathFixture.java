package io.junction.connectors.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A recorded platform payload kept next to the test that reads it. */
public final class ClasspathFixture {

    private ClasspathFixture() {}

    /** The UTF-8 text of the resource {@code name}, found as {@code owner} finds its resources. */
    public static String text(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

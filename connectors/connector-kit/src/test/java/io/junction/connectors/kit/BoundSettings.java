package io.junction.connectors.kit;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Settings as {@code application.yaml} writes them, bound as Spring Boot binds them at start-up. */
public final class BoundSettings {

    private BoundSettings() {}

    /**
     * A {@code @ConfigurationProperties} type bound from {@code settings} under the prefix it declares; with
     * no settings, what the application starts with when nothing is configured.
     */
    public static <T> T bound(Class<T> type, Map<String, String> settings) {
        ConfigurationProperties declared = type.getAnnotation(ConfigurationProperties.class);
        if (declared == null) {
            throw new IllegalArgumentException(type.getName() + " is not @ConfigurationProperties");
        }
        String prefix = declared.prefix().isEmpty() ? declared.value() : declared.prefix();
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate(prefix, type);
    }
}

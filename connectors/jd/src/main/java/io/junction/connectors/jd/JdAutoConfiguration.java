package io.junction.connectors.jd;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The JD connector, with its settings ({@link JdProperties}) from {@code junction.connectors.jd.*}: a bean made by its
 * one constructor from the kit's {@code OkHttpClient}, {@code Clock} and {@code CallQuota}.
 */
@AutoConfiguration
@EnableConfigurationProperties(JdProperties.class)
@Import(JdConnector.class)
public class JdAutoConfiguration {}

package io.junction.connectors.amazon;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The Amazon connector, with its settings ({@link AmazonProperties}) from {@code junction.connectors.amazon.*}: a bean
 * made by its one constructor from the kit's {@code OkHttpClient}, {@code Clock} and {@code CallQuota}.
 */
@AutoConfiguration
@EnableConfigurationProperties(AmazonProperties.class)
@Import(AmazonConnector.class)
public class AmazonAutoConfiguration {}

package io.junction.connectors.aliexpress;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The AliExpress connector, with its settings ({@link AliExpressProperties}): a bean made by its one constructor from
 * the kit's {@code OkHttpClient}, {@code Clock} and {@code CallQuota}.
 */
@AutoConfiguration
@EnableConfigurationProperties(AliExpressProperties.class)
@Import(AliExpressConnector.class)
public class AliExpressAutoConfiguration {}

package io.junction.connectors.taobao;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The Taobao connector, with its settings ({@link TaobaoProperties}) from {@code junction.connectors.taobao.*}: a bean
 * made by its one constructor from the kit's {@code OkHttpClient}, {@code Clock} and {@code CallQuota}.
 */
@AutoConfiguration
@EnableConfigurationProperties(TaobaoProperties.class)
@Import(TaobaoConnector.class)
public class TaobaoAutoConfiguration {}

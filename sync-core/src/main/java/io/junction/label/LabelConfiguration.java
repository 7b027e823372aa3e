package io.junction.label;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link LabelProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LabelProperties.class)
class LabelConfiguration {}

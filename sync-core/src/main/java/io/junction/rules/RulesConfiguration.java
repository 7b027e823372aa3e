package io.junction.rules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine and its checks, as the settings ({@code junction.rules.checks.*}) make them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RuleCheckSettings.class)
class RulesConfiguration {

    @Bean
    RuleEngine ruleEngine(RuleCheckSettings settings) {
        return new RuleEngine(new RuleChecks(settings));
    }
}

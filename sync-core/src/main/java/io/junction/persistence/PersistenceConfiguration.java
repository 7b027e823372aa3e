package io.junction.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Finds every {@code @Mapper} of Junction and maps columns to records by name, times as UTC; gives MySQL Connector/J
 * its settings ({@link MySqlDriverSettings}).
 */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackages = "io.junction", annotationClass = Mapper.class)
public class PersistenceConfiguration {

    @Bean
    static MySqlDriverSettings mySqlDriverSettings() {
        return new MySqlDriverSettings();
    }

    @Bean
    ConfigurationCustomizer junctionMyBatisSettings() {
        return configuration -> {
            configuration.setMapUnderscoreToCamelCase(true);
            configuration.setArgNameBasedConstructorAutoMapping(true);
            configuration.getTypeHandlerRegistry().register(UtcInstantTypeHandler.class);
        };
    }
}

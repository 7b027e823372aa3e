package io.junction.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: what the API is and how a caller signs in. The operations come from the
 * controllers, completed by {@link ApiOperationsCustomizer}.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** The security scheme every operation names. */
    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI junctionOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Junction REST API").version("v1").description("""
                        Orders from every marketplace through review, allocation, tracking numbers, labels, \
                        scan-out and shipping; shops, their sync and the quarantine of malformed platform orders. \
                        Every call signs in with HTTP Basic; each operation names the roles that may call it. \
                        Errors are RFC 9457 problem details (`application/problem+json`)."""))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")));
    }
}

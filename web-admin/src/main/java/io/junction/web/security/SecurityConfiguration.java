package io.junction.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains: the API and the actuator (stateless HTTP Basic, no CSRF since no cookie authenticates
 * it; health open to load balancers, the rest to ADMIN) and the pages (form login, session, CSRF).
 * Roles decide what each person reaches.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String ADMIN = Role.ADMIN.name();
    private static final String CLERK = Role.CLERK.name();
    private static final String PACKER = Role.PACKER.name();
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(),"
            + " serial=(), bluetooth=(), hid=()";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/api/v1/scan-out/**").hasAnyRole(PACKER, CLERK, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/shops/**").hasAnyRole(CLERK, ADMIN)
                        .requestMatchers("/api/v1/shops/*/sync").hasAnyRole(CLERK, ADMIN)
                        .requestMatchers("/api/v1/shops/**").hasRole(ADMIN)
                        .anyRequest().hasAnyRole(CLERK, ADMIN))
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/scan-out/**").hasAnyRole(PACKER, CLERK, ADMIN)
                        .requestMatchers("/").authenticated()
                        .anyRequest().hasAnyRole(CLERK, ADMIN))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .requestCache(cache -> cache.requestCache(new RelativeRequestCache()))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /**
     * Every answer forbids inline script and style, framing, plugins, other origins' forms and the
     * devices a browser could lend a page; the pages are written to pass it (scripts in /js, styles in /css).
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserMapper users) {
        return username -> {
            AppUser user = users.findByUsername(username);
            if (user == null) {
                throw new UsernameNotFoundException("no such user");
            }
            return User.withUsername(user.username()).password(user.passwordHash()).roles(user.role().name())
                    .disabled(!user.enabled()).build();
        };
    }
}

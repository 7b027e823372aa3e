package io.junction.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

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
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        // The language switch works on the sign-in page too; preferences are everyone's own.
                        .requestMatchers(HttpMethod.POST, "/preferences/language").permitAll()
                        .requestMatchers("/scan-out/**").hasAnyRole(PACKER, CLERK, ADMIN)
                        .requestMatchers("/", "/preferences").authenticated()
                        .anyRequest().hasAnyRole(CLERK, ADMIN))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
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

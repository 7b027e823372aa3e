package io.junction.web.security;

import io.junction.web.api.ApiProblems;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains: the API and the actuator (stateless HTTP Basic or an API token as {@code Bearer}, no
 * CSRF since no cookie authenticates it; health open to load balancers, the rest to ADMIN; its 401,
 * 403 and 429 are problem JSON), the pages (form login, session, CSRF), and a third for the OpenAPI
 * document. Roles decide what each person reaches; users are an admin's. Every chain checks passwords through
 * {@link ThrottledAuthenticationProvider}, which refuses a user from an address after too many failures.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final String BCRYPT = "bcrypt";
    private static final String ADMIN = Role.ADMIN.name();
    private static final String CLERK = Role.CLERK.name();
    private static final String PACKER = Role.PACKER.name();
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()," + " serial=(), bluetooth=(), hid=()";

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            ApiProblems problems,
            AuthenticationManager signIn,
            Clock clock,
            ApiTokens tokens,
            SignedInUsers users)
            throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/api/v1/scan-out/**", "/api/v1/tokens/**", "/api/v1/tokens")
                        .hasAnyRole(PACKER, CLERK, ADMIN)
                        .requestMatchers("/api/v1/stations/**", "/api/v1/stations")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/shops/**")
                        .hasAnyRole(CLERK, ADMIN)
                        .requestMatchers("/api/v1/shops/*/sync")
                        .hasAnyRole(CLERK, ADMIN)
                        .requestMatchers("/api/v1/shops/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/api/v1/users/**")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/carrier-accounts/**", "/api/v1/logistics-methods/**")
                        .hasAnyRole(CLERK, ADMIN)
                        .requestMatchers("/api/v1/carrier-accounts/**", "/api/v1/logistics-methods/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/api/v1/settings/**")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/stock/receipts")
                        .hasAnyRole(PACKER, CLERK, ADMIN)
                        .requestMatchers("/api/v1/handovers/**", "/api/v1/handovers")
                        .hasAnyRole(PACKER, CLERK, ADMIN)
                        .requestMatchers(HttpMethod.GET, "/api/v1/returns", "/api/v1/returns/*")
                        .hasAnyRole(PACKER, CLERK, ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/v1/returns/*/receive")
                        .hasAnyRole(PACKER, CLERK, ADMIN)
                        .anyRequest()
                        .hasAnyRole(CLERK, ADMIN))
                .authenticationManager(signIn)
                .httpBasic(basic -> basic.authenticationEntryPoint(new ApiSignInEntryPoint(problems, clock)))
                .addFilterBefore(
                        new BearerTokenFilter(tokens, users, problems.unauthorized()), BasicAuthenticationFilter.class)
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems.unauthorized()).accessDeniedHandler(problems.forbidden()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfiguration::headers)
                .build();
    }

    /**
     * The OpenAPI document, for ADMIN: by HTTP Basic for tools, or by the session of an admin signed in on
     * the pages (Swagger UI, itself a page, fetches it so).
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocs(HttpSecurity http, ApiProblems problems, AuthenticationManager signIn)
            throws Exception {
        return http.securityMatcher("/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ADMIN))
                .authenticationManager(signIn)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems.unauthorized()).accessDeniedHandler(problems.forbidden()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager signIn, SignedInUsers users) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failed = new ExceptionMappingAuthenticationFailureHandler();
        failed.setDefaultFailureUrl("/login?error");
        failed.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/login?throttled"));
        return http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        // The language switch works on the sign-in page too; preferences are everyone's own.
                        .requestMatchers(HttpMethod.POST, "/preferences/language")
                        .permitAll()
                        .requestMatchers("/scan-out/settings", "/scan-out/settings/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/scan-out/dashboard")
                        .hasAnyRole(CLERK, ADMIN)
                        .requestMatchers("/scan-out/**", "/tokens", "/tokens/**")
                        .hasAnyRole(PACKER, CLERK, ADMIN)
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/", "/preferences")
                        .authenticated()
                        .requestMatchers("/users/**")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/logistics/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/settings/**", "/settings")
                        .hasRole(ADMIN)
                        .requestMatchers("/stock/receiving/**", "/stock/receiving")
                        .hasAnyRole(PACKER, CLERK, ADMIN)
                        .requestMatchers("/handovers/**", "/handovers")
                        .hasAnyRole(PACKER, CLERK, ADMIN)
                        // a packer receives returns at the station; registering and closing them is a clerk's
                        .requestMatchers(HttpMethod.GET, "/returns", "/returns/receive")
                        .hasAnyRole(PACKER, CLERK, ADMIN)
                        .requestMatchers("/returns/*/receive")
                        .hasAnyRole(PACKER, CLERK, ADMIN)
                        .anyRequest()
                        .hasAnyRole(CLERK, ADMIN))
                .authenticationManager(signIn)
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failed)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .requestCache(cache -> cache.requestCache(new RelativeRequestCache()))
                .addFilterBefore(new SignedInUserCheck(users), AuthorizationFilter.class)
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

    /**
     * Passwords are hashed with bcrypt at {@code junction.security.bcrypt-cost} (4 to 31, default 10: about 0.1 s a
     * check on one core). A hash keeps the cost it was made with, so a new cost applies to passwords set after it.
     * The tests lower it: their API calls sign in with HTTP Basic, a hash each.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${junction.security.bcrypt-cost:10}") int cost) {
        return new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(cost)));
    }

    /** Passwords checked against {@code app_user}, behind the sign-in throttle; both chains use it. */
    @Bean
    AuthenticationManager signIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    UserDetailsService userDetailsService(UserMapper users) {
        return username -> {
            AppUser user = users.findByUsername(username);
            if (user == null) {
                throw new UsernameNotFoundException("no such user");
            }
            return User.withUsername(user.username())
                    .password(user.passwordHash())
                    .roles(user.role().name())
                    .disabled(!user.enabled())
                    .build();
        };
    }
}

package io.aisle.platform.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.aisle.platform.SecurityProperties;
import java.nio.file.Path;
import java.time.Duration;
import javax.crypto.SecretKey;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. The REST API is stateless: a signed, short-lived JWT in the Authorization header.
 * Access rules live here in one place so that they can be read (and tested) as a whole. The filter
 * chains exist only in a web application: a command-line run ({@code io.aisle.platform.CommandLine}) has
 * no web server and no requests to secure.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ISSUER = "aisle";
    static final String ROLES_CLAIM = "roles";

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        return statelessBearer(http.securityMatcher("/api/**"), json)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/ping").permitAll()
                        // guests check out without an account; a guest order opens with the secret of its link
                        .requestMatchers(HttpMethod.POST, "/api/v1/checkout/guest", "/api/v1/checkout/guest/quote")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/guest-orders/*").permitAll()
                        // a payment provider's webhook proves itself by its signature (checked by its controller)
                        .requestMatchers(HttpMethod.POST, "/api/v1/payments/*/webhook").permitAll()
                        // guests may chat with the assistant (the assistant module scopes and limits them)
                        .requestMatchers(HttpMethod.POST, "/api/v1/assistant/chat", "/api/v1/assistant/chat/stream")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/assistant/conversations/*/messages").permitAll()
                        .requestMatchers("/api/v1/admin/**", "/api/v1/insights/**", "/api/v1/campaigns/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/products/**", "/api/v1/categories/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/shipping/options").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/products/*/reviews").authenticated()
                        .requestMatchers("/api/v1/products/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .build();
    }

    /**
     * Operations endpoints, served on the operations port (AISLE_MANAGEMENT_PORT, loopback by default: only
     * operators reach it): health and Prometheus metrics open, health details and the rest for an admin's
     * bearer token. On the shop's port these paths map to nothing; its probes are /livez and /readyz.
     */
    /**
     * Stylesheets, scripts and pictures: public, and served without reading the web session. Sessions are stored in
     * the database, and a session read is a session write (its last access time): a page's dozens of parallel asset
     * requests would otherwise update the one session row each, contending for it (and conflicting on a Galera cluster).
     */
    @Bean
    @Order(0)
    @ConditionalOnWebApplication
    SecurityFilterChain staticAssets(HttpSecurity http) throws Exception {
        return http.securityMatcher("/css/**", "/js/**", "/webjars/**", "/media/**", "/favicon.svg")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain actuatorSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        return statelessBearer(http.securityMatcher("/actuator/**"), json)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .build();
    }

    /** No session, no CSRF (nothing rides on cookies), a bearer JWT, and 401/403 as problem answers. */
    private static HttpSecurity statelessBearer(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json);
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }

    /**
     * The web pages: a session after signing in with the form, CSRF protection on every change. Guests
     * who open an account or admin page are sent to sign in; customers who open an admin page get 403.
     */
    @Bean
    @Order(3)
    @ConditionalOnWebApplication
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/account/**", "/orders/*/attach").authenticated()
                        .anyRequest().permitAll())
                // the CSRF token lives in a cookie, so a guest who only browses never gets a server session
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
                .formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailureHandler()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .rememberMe(remember -> remember.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'")))
                .build();
    }

    /**
     * HttpOnly (htmx reads the token from the page's meta tag, never from the cookie), SameSite=Lax like
     * the session cookie, and Secure when the request came over HTTPS.
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    @Bean
    SecretKey jwtKey(SecurityProperties properties, @Value("${aisle.home}") Path home) {
        return JwtKeyStore.load(properties, home);
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey));
    }

    /**
     * Checks a token's signature and claims, then the modules' own checks (identity's: is the session
     * still live?). Those run only for a token that passed the cheap checks, so a forged or expired
     * token costs no database query.
     */
    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtKey, ObjectProvider<OAuth2TokenValidator<Jwt>> moduleChecks) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtKey).macAlgorithm(MacAlgorithm.HS256).build();
        // the subject is an account id: anything else is refused here (401), not discovered later (500)
        OAuth2TokenValidator<Jwt> claims = new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(Duration.ofSeconds(5)), new JwtIssuerValidator(ISSUER),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && sub.matches("[0-9]{1,18}")));
        List<OAuth2TokenValidator<Jwt>> checks = moduleChecks.orderedStream().toList();
        decoder.setJwtValidator(token -> {
            OAuth2TokenValidatorResult result = claims.validate(token);
            return result.hasErrors() || checks.isEmpty() ? result : new DelegatingOAuth2TokenValidator<>(checks).validate(token);
        });
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties properties) {
        var hashing = properties.passwordHashing();
        return new BoundedPasswordEncoder(new BCryptPasswordEncoder(), hashing.concurrency(), hashing.maxWait());
    }

    private static JwtAuthenticationConverter authenticationConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}

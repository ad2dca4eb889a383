package nl.sociaaldomein.atelier.examples.web;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: every page and every GET of the API is open (what they show is public: a
 * private person is "Particulier"); every change needs a login. Pages post forms with a CSRF token
 * and log in with a form; the API logs in with HTTP Basic and, holding no session, needs no CSRF
 * token. By default there is one user in memory, {@code atelier.web.user} (default
 * {@code medewerker}) with {@code atelier.web.password}; without a password one is made at start
 * and logged once. A municipality plugs in its identity provider with OpenID Connect instead
 * (docs/spring-boot.md, "Logging in with the municipality's identity provider").
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                .anyRequest().authenticated())
            .httpBasic(Customizer.withDefaults())
            .sessionManagement(session -> session.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, "/", "/initiatives", "/decisions", "/trial", "/budget", "/experiments", "/reports", "/reports/**",
                    "/login", "/style.css", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/**", "/actuator/metrics", "/actuator/metrics/**",
                    "/error").permitAll()
                // An error page is shown for requests of every method (a refused POST's 401 or 403 is dispatched to it).
                .requestMatchers("/error").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/"));
        return http.build();
    }

    @Bean
    UserDetailsService users(@Value("${atelier.web.user:medewerker}") String user, @Value("${atelier.web.password:}") String password) {
        String chosen = password;
        if (chosen.isBlank()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            chosen = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warn("no atelier.web.password is set: log in as '{}' with password {} (made for this run only)", user, chosen);
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new InMemoryUserDetailsManager(User.withUsername(user).password(encoder.encode(chosen)).roles("MEDEWERKER").build());
    }
}

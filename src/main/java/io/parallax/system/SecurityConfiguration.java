package io.parallax.system;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads are public; every write needs the admin user, by HTTP Basic for the API and by the login form in the browser,
 * where forms carry CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json, SignInThrottle throttle,
            CachedCredentials credentials) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        AuthenticationEntryPoint problem = (request, response, ex) -> {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Writing to the API needs the admin user's credentials (HTTP Basic).");
            detail.setTitle("Authentication required");
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("WWW-Authenticate", "Basic realm=\"Parallax\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), detail);
        };
        AccessDeniedHandler forbidden = (request, response, ex) -> {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "This needs a user with another role (corrections need an editor).");
            detail.setTitle("Not allowed");
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), detail);
        };
        http.authorizeHttpRequests(auth -> auth
                        // Imports: their reports name what was refused and why, so reading them needs an editor too.
                        .requestMatchers("/api/imports/**", "/api/imports", "/imports/**", "/imports").hasAnyRole("EDITOR", "ADMIN")
                        // Editors' corrections and their audit log, in the browser and the API.
                        .requestMatchers("/corrections/**", "/history", "/api/corrections/**", "/api/audit/**", "/api/audit")
                        .hasRole("EDITOR")
                        // The background re-reading of the archive: its progress is for editors and the admin.
                        .requestMatchers("/extraction", "/extraction/**", "/api/admin/claims/extraction").hasAnyRole("EDITOR", "ADMIN")
                        // Health answers everyone with its status; its details and every other endpoint are the admin's.
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .requestMatchers("/actuator", "/actuator/**").hasRole("ADMIN")
                        // Editors' changes to stories (move, rename, merge, split).
                        .requestMatchers(HttpMethod.POST, "/stories/**", "/api/stories/**").hasRole("EDITOR")
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problem))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                // API writes authenticate with credentials on each request, never by the session cookie alone
                // (SignInGuardFilter), so there is no token to forge there; browser forms keep their CSRF tokens.
                .csrf(csrf -> csrf.ignoringRequestMatchers(api))
                .addFilterBefore(new SignInGuardFilter(throttle, credentials, json), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(problem, api)
                        .defaultAccessDeniedHandlerFor(forbidden, api))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    /** The users' passwords checked once with BCrypt, then remembered briefly for the next requests. */
    @Bean
    CachedCredentials authenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
        checked.setPasswordEncoder(encoder);
        return new CachedCredentials(checked);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The admin user (also an editor) and the editors of {@code parallax.editors}: {@code name:password} pairs separated
     * by commas, where a password may be given encoded, e.g. {@code {bcrypt}$2a$10$...}.
     */
    @Bean
    UserDetailsService users(@Value("${parallax.admin.username}") String username,
            @Value("${parallax.admin.password}") String password, @Value("${parallax.editors:}") String editors,
            PasswordEncoder encoder) {
        String effective = password;
        if (effective == null || effective.isBlank()) {
            effective = UUID.randomUUID().toString();
            log.warn("PARALLAX_ADMIN_PASSWORD is not set; the admin user '{}' has the generated password: {}", username, effective);
        }
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername(username)
                .password(encoder.encode(effective)).roles("ADMIN", "EDITOR").build());
        for (String pair : editors.split(",")) {
            int colon = pair.indexOf(':');
            String name = colon < 0 ? pair.strip() : pair.substring(0, colon).strip();
            String secret = colon < 0 ? "" : pair.substring(colon + 1).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (secret.isEmpty() || name.equals(username) || users.userExists(name)) {
                throw new IllegalStateException("PARALLAX_EDITORS: give each editor once, as name:password, and not the admin user ('"
                        + name + "')");
            }
            String encoded = secret.startsWith("{") ? secret : encoder.encode(secret);
            users.createUser(User.withUsername(name).password(encoded).roles("EDITOR").build());
        }
        return users;
    }
}

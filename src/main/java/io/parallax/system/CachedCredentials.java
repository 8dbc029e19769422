package io.parallax.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers, for two minutes, credentials that were just checked, keyed by a SHA-256 of name and password: a bulk
 * client sending thousands of requests with HTTP Basic pays for one BCrypt check, not one per request. Wrong
 * credentials are never remembered, so each one is checked and counted.
 */
class CachedCredentials implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final Cache<String, Authentication> verified = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(2)).build();

    CachedCredentials(AuthenticationProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String key = key(authentication.getName(), password);
        Authentication known = verified.getIfPresent(key);
        if (known == null) {
            known = delegate.authenticate(authentication);
            if (known == null) {
                return null;
            }
            verified.put(key, known);
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(known.getPrincipal(), null,
                known.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    /** Whether these credentials were verified a moment ago, so a throttle need not stop them. */
    boolean knows(String user, String password) {
        return verified.getIfPresent(key(user, password)) != null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private static String key(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return java.util.HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }
}

package io.parallax.system;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins, by form or by HTTP Basic, per client address and per user name, in token buckets: a few
 * failures are free, then each further attempt waits for the bucket to refill. Guessing passwords becomes slow
 * without locking anyone out for long.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final Cache<String, Bucket> clients;
    private final Cache<String, Bucket> users;
    private final int perClient;
    private final int perUser;
    private final Duration refill;

    SignInThrottle(@Value("${parallax.security.failures-per-client:30}") int perClient,
            @Value("${parallax.security.failures-per-user:10}") int perUser,
            @Value("${parallax.security.failure-refill:PT6S}") Duration refill) {
        this.perClient = perClient;
        this.perUser = perUser;
        this.refill = refill;
        this.clients = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(1, TimeUnit.HOURS).build();
        this.users = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(1, TimeUnit.HOURS).build();
    }

    /** How long the client must wait before it may try again, if it must. */
    Optional<Duration> wait(String client, String user) {
        long nanos = Math.max(waitNanos(clients.getIfPresent(client)), user == null ? 0 : waitNanos(users.getIfPresent(key(user))));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String client = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        String user = event.getAuthentication().getName();
        clients.get(client, k -> bucket(perClient)).tryConsume(1);
        if (user != null) {
            users.get(key(user), k -> bucket(perUser)).tryConsume(1);
        }
        log.info("Failed sign-in for user '{}' from {}", UnsafeText.quote(String.valueOf(user)), client);
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(1, refill).build()).build();
    }

    private static long waitNanos(Bucket bucket) {
        return bucket == null || bucket.getAvailableTokens() > 0 ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private static String key(String user) {
        return user.strip().toLowerCase(java.util.Locale.ROOT);
    }
}

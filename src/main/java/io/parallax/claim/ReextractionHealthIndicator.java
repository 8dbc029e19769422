package io.parallax.claim;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The background re-reading of the archive as a health detail. It is always UP: the application serves the claims
 * it has while the archive is read again, so a run under way or failed is news for the admin, not for a load balancer.
 */
@Component("claimReextraction")
class ReextractionHealthIndicator implements HealthIndicator {

    private final Reextraction reextraction;

    ReextractionHealthIndicator(Reextraction reextraction) {
        this.reextraction = reextraction;
    }

    @Override
    public Health health() {
        Reextraction.Progress p = reextraction.progress();
        Health.Builder health = Health.up()
                .withDetail("engineVersion", p.engineVersion())
                .withDetail("state", p.state().name())
                .withDetail("total", p.total())
                .withDetail("done", p.done())
                .withDetail("remaining", p.remaining())
                .withDetail("failed", p.failed())
                .withDetail("percent", p.percent());
        if (p.secondsLeft() != null) {
            health.withDetail("secondsLeft", p.secondsLeft());
        }
        return health.build();
    }
}

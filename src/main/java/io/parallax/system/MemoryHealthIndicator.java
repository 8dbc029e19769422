package io.parallax.system;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN when the heap is exhausted: a heap pool still over 95 % full right after a garbage collection means requests
 * are about to fail with OutOfMemoryError, and a load balancer should stop sending them here.
 */
@Component("memory")
class MemoryHealthIndicator implements HealthIndicator {

    static final double LIMIT = 0.95;

    @Override
    public Health health() {
        double worst = 0;
        String pool = null;
        for (MemoryPoolMXBean bean : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = bean.getType() == MemoryType.HEAP ? bean.getCollectionUsage() : null;
            if (afterGc != null && afterGc.getMax() > 0) {
                double used = (double) afterGc.getUsed() / afterGc.getMax();
                if (used > worst) {
                    worst = used;
                    pool = bean.getName();
                }
            }
        }
        Health.Builder health = worst > LIMIT ? Health.down() : Health.up();
        return health.withDetail("heapUsedAfterGc", Math.round(worst * 100) + "%").withDetail("pool", String.valueOf(pool)).build();
    }
}

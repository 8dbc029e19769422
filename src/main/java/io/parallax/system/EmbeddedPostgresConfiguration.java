package io.parallax.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server from Maven Central binaries when no external database is configured, so that a
 * fresh clone runs with nothing installed but a JDK; watches it and starts it again when it dies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    // One server per data directory and JVM: contexts on the same directory (tests) share it, and it stops when the
    // last of them closes, as it does when the application stops.
    private static final Map<Path, EmbeddedPostgresServer> servers = new ConcurrentHashMap<>();

    @Bean(destroyMethod = "release")
    EmbeddedPostgresServer embeddedPostgresServer(@Value("${parallax.data-dir}") Path dataDir,
            @Value("${parallax.embedded.clean:false}") boolean clean,
            @Value("${parallax.embedded.durable:true}") boolean durable) {
        Path directory = dataDir.resolve("postgres").toAbsolutePath().normalize();
        synchronized (servers) {
            EmbeddedPostgresServer server = servers.computeIfAbsent(directory,
                    dir -> new EmbeddedPostgresServer(dir, clean, durable, () -> {
                        synchronized (servers) {
                            servers.remove(dir);
                        }
                    }));
            server.acquire();
            return server;
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer postgres,
            @Value("${parallax.db.connection-timeout:PT3S}") Duration connectionTimeout,
            @Value("${parallax.db.statement-timeout:PT10S}") Duration statementTimeout) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPassword(postgres.password());
        dataSource.setMaximumPoolSize(10);
        // Batched inserts (bulk imports) go to the server as multi-row statements.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        // Fail fast while the database is down, restarting or stalled: a 503 in seconds, never a request hanging.
        dataSource.setConnectionTimeout(connectionTimeout.toMillis());
        dataSource.setValidationTimeout(Math.min(connectionTimeout.toMillis(), 2_000));
        dataSource.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, connectionTimeout.toSeconds())));
        dataSource.addDataSourceProperty("socketTimeout", Long.toString(statementTimeout.toSeconds() + 5));
        dataSource.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
        dataSource.setPoolName("parallax-embedded");
        return dataSource;
    }

    /** DOWN the moment the server process is gone, before any query has to time out. */
    @Bean
    HealthIndicator embeddedDatabaseHealthIndicator(EmbeddedPostgresServer postgres) {
        return () -> (postgres.isUp() ? Health.up() : Health.down().withDetail("state", "restarting"))
                .withDetail("restarts", postgres.restarts()).build();
    }
}

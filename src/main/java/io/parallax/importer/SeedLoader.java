package io.parallax.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the seed articles shipped in {@code db/seed} at start-up, through the same importer as the API, so that
 * restarting never duplicates them. Each {@code NAME.json} holds an article's metadata and names its text file.
 */
@Component
@ConditionalOnBooleanProperty("parallax.seed.enabled")
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final ArticleImporter importer;
    private final JsonMapper json;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    SeedLoader(ArticleImporter importer, JsonMapper json) {
        this.importer = importer;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] seeds = resources.getResources("classpath*:db/seed/*.json");
        Arrays.sort(seeds, Comparator.comparing(Resource::getFilename));
        int added = 0;
        for (Resource seed : seeds) {
            added += load(seed) ? 1 : 0;
        }
        log.info("Seed articles: {} found, {} added", seeds.length, added);
    }

    private boolean load(Resource seed) throws IOException {
        JsonNode metadata;
        try (InputStream in = seed.getInputStream()) {
            metadata = json.readTree(in);
        }
        String bodyFile = metadata.path("bodyFile").asString();
        Resource text = seed.createRelative(bodyFile);
        String body = text.getContentAsString(StandardCharsets.UTF_8);
        ArticleSubmission submission = json.treeToValue(metadata, ArticleSubmission.class).withBody(body);
        return !importer.importArticle(submission).duplicate();
    }
}

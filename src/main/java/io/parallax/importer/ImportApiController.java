package io.parallax.importer;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.parallax.article.ArticleResource;

/** Adding articles through the API: 201 for a new article, 200 with {@code "duplicate": true} for one already stored. */
@RestController
class ImportApiController {

    private final ArticleImporter importer;

    ImportApiController(ArticleImporter importer) {
        this.importer = importer;
    }

    @PostMapping("/api/articles")
    ResponseEntity<ArticleResource> create(@RequestBody ArticleSubmission submission) {
        ImportResult result = importer.importSubmitted(submission);
        ArticleResource body = ArticleResource.of(result.article(), result.duplicate());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/articles/{id}")
                .buildAndExpand(body.id()).toUri();
        return ResponseEntity.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).location(location).body(body);
    }
}

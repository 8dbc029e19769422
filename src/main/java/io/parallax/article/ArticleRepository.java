package io.parallax.article;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Stored articles; other features reach them through {@link Articles}. */
interface ArticleRepository extends Repository<Article, Long> {

    Optional<Article> findById(Long id);

    Optional<Article> findByUrl(String url);

    Optional<Article> findByContentHash(String contentHash);

    Article saveAndFlush(Article article);
}

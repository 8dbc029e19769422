package io.parallax.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Stored articles, loaded with their outlet and story. */
public interface ArticleRepository extends Repository<Article, Long> {

    @EntityGraph(attributePaths = {"outlet", "story"})
    Optional<Article> findById(Long id);

    @EntityGraph(attributePaths = {"outlet", "story"})
    Optional<Article> findByUrl(String url);

    @EntityGraph(attributePaths = {"outlet", "story"})
    Optional<Article> findByContentHash(String contentHash);

    @Query("select a.id from Article a order by a.id")
    List<Long> findAllIds();

    boolean existsById(Long id);

    Article save(Article article);

    Article saveAndFlush(Article article);
}

package io.parallax.claim;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StoredClaimRepository extends Repository<StoredClaim, Long> {

    List<StoredClaim> findByArticleIdOrderByStart(long articleId);

    @Modifying
    @Query("delete from StoredClaim c where c.articleId = :articleId")
    int deleteByArticleId(long articleId);

    <S extends StoredClaim> List<S> saveAll(Iterable<S> claims);

    void flush();
}

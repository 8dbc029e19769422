package io.parallax.claim;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StoredClaimRepository extends Repository<StoredClaim, Long> {

    List<StoredClaim> findByArticleIdOrderByStart(long articleId);

    @Query("select c from StoredClaim c where c.articleId in :articleIds order by c.articleId, c.start")
    List<StoredClaim> findByArticleIds(Collection<Long> articleIds);

    @Modifying
    @Query("delete from StoredClaim c where c.articleId = :articleId")
    int deleteByArticleId(long articleId);

    <S extends StoredClaim> List<S> saveAll(Iterable<S> claims);
}

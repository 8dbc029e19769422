package io.parallax.correction;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CorrectionRepository extends Repository<Correction, Long> {

    Correction save(Correction correction);

    Optional<Correction> findById(long id);

    boolean existsByActiveTrue();

    /** The decisions that apply to one article's claims: its own, and every row-level one, in the order they were made. */
    @Query("""
            select c from Correction c where c.active and (c.articleId = :articleId
            or c.kind in (io.parallax.correction.Correction.Kind.MERGE, io.parallax.correction.Correction.Kind.RELABEL))
            order by c.id""")
    List<Correction> findActiveFor(long articleId);

    @Query("""
            select c from Correction c where c.active
            and c.kind in (io.parallax.correction.Correction.Kind.MERGE, io.parallax.correction.Correction.Kind.RELABEL)
            order by c.id""")
    List<Correction> findActiveRowDecisions();
}

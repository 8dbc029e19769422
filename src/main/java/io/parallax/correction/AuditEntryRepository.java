package io.parallax.correction;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    Optional<AuditEntry> findById(long id);

    /** The newest entry about a correction: only it can be undone, so undos stay in step with the correction's state. */
    Optional<AuditEntry> findFirstByCorrectionIdOrderByIdDesc(long correctionId);

    @Query("""
            select e from AuditEntry e where (:article is null or e.articleId = :article)
            and (:subject is null or e.subjectKey = :subject or e.targetKey = :subject)
            order by e.id desc""")
    List<AuditEntry> find(Long article, String subject, Limit limit);

    @Query("select max(e.id) from AuditEntry e where e.correctionId in :corrections group by e.correctionId")
    List<Long> latestOf(java.util.Collection<Long> corrections);
}
